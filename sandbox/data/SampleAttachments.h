#pragma once

#include <QByteArray>
#include <QString>

namespace ccri::sandbox {

// Small, valid document bytes for the synthetic DocumentReferences' Binary resources, built
// by hand so the sandbox library needs no QtGui: a plain-text letter, a one-page PDF (with a
// correct cross-reference table) and an RGB PNG (zlib via qCompress, CRC-32 per chunk).
class SampleAttachments
{
public:
    static QByteArray text(const QString& title, const QString& body);
    static QByteArray pdf(const QString& title, const QString& line);
    static QByteArray png(int width, int height, quint32 seed);

private:
    static QByteArray pngChunk(const char* type, const QByteArray& data);
    static quint32 crc32(const QByteArray& data);
};

} // namespace ccri::sandbox
