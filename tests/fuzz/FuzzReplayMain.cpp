// Replays a fuzz target's corpus (seeds and past crashes) in the normal test suite: every file
// in $CCRI_FUZZ_CORPUS goes through LLVMFuzzerTestOneInput once. A crash fails the test.
#include <cstddef>
#include <cstdint>
#include <QDir>
#include <QFile>
#include <QTextStream>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// Optional, as in libFuzzer: a target that needs set-up (an application object, a server) defines it.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

int main(int argc, char** argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    QTextStream out(stdout);
    const QString corpus = qEnvironmentVariable("CCRI_FUZZ_CORPUS");
    const QDir dir(corpus);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    if (corpus.isEmpty() || files.isEmpty()) {
        out << "No corpus files in \"" << corpus << "\"\n";
        return 1;
    }
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            out << "Cannot read " << file.fileName() << "\n";
            return 1;
        }
        const QByteArray bytes = file.readAll();
        out << "replay " << name << " (" << bytes.size() << " bytes)\n";
        out.flush();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
    }
    out << files.size() << " inputs replayed, no crash\n";
    return 0;
}
