#include "sandbox/data/SampleAttachments.h"

#include <QList>
#include <QtEndian>

namespace ccri::sandbox {

namespace {

QByteArray pdfEscape(const QString& text)
{
    QByteArray out;
    for (const char c : text.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    return out;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

QByteArray SampleAttachments::text(const QString& title, const QString& body)
{
    return (title + QStringLiteral("\n\n") + body + QLatin1Char('\n')).toUtf8();
}

QByteArray SampleAttachments::pdf(const QString& title, const QString& line)
{
    const QByteArray content = "BT /F1 18 Tf 72 760 Td (" + pdfEscape(title)
        + ") Tj ET\n"
          "BT /F1 12 Tf 72 730 Td ("
        + pdfEscape(line) + ") Tj ET\n";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray SampleAttachments::png(int width, int height, quint32 seed)
{
    QByteArray raw;
    raw.reserve(height * (1 + width * 3));
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < width; ++x) {
            // A trace on a grid, like a small ECG strip.
            const int trace = height / 2 + int((((x * 7 + int(seed)) % 23) - 11) * (x % 9 == 0 ? 1 : 0.2));
            const bool line = qAbs(y - trace) <= 0;
            const bool grid = x % 8 == 0 || y % 8 == 0;
            const char r = line ? char(0x20) : char(0xff);
            const char g = line ? char(0x20) : (grid ? char(0xc8) : char(0xf0));
            const char b = line ? char(0x20) : (grid ? char(0xc8) : char(0xf0));
            raw.append(r).append(g).append(b);
        }
    }
    QByteArray header = bigEndian32(quint32(width)) + bigEndian32(quint32(height));
    header.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0)); // 8-bit RGB
    const QByteArray zlib = qCompress(raw, 9).mid(4); // drop Qt's 4-byte length prefix
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", QByteArray());
}

QByteArray SampleAttachments::pngChunk(const char* type, const QByteArray& data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return bigEndian32(quint32(data.size())) + typed + bigEndian32(crc32(typed));
}

quint32 SampleAttachments::crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

} // namespace ccri::sandbox
