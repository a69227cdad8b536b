#include "ui/browser/FileSaver.h"

#include <QDir>
#include <QFileDialog>
#include <QSaveFile>

namespace ccri {

FileSaver::FileSaver(QObject* parent, const QByteArray& data)
    : QObject(parent)
    , m_data(data)
{
}

bool FileSaver::write(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error) {
            *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

FileSaver* FileSaver::save(QWidget* parent, const QString& suggestedName, const QByteArray& data)
{
    auto* saver = new FileSaver(parent, data);
    auto* dialog = new QFileDialog(parent, tr("Save"), QDir::home().filePath(suggestedName));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, saver, [saver](const QString& path) {
        QString error;
        const bool saved = write(path, saver->m_data, &error);
        emit saver->finished(saved, saved ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : error);
        saver->deleteLater();
    });
    connect(dialog, &QFileDialog::rejected, saver, [saver] {
        emit saver->finished(false, QString());
        saver->deleteLater();
    });
    dialog->open();
    return saver;
}

} // namespace ccri
