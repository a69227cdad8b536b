#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QWidget;

namespace ccri {

// Saves bytes to a file the user picks, without a nested event loop: a window-modal file dialog
// opened with open(), then QSaveFile. Reports the outcome in a sentence.
class FileSaver : public QObject
{
    Q_OBJECT

public:
    // Opens the dialog; the FileSaver deletes itself when done.
    static FileSaver* save(QWidget* parent, const QString& suggestedName, const QByteArray& data);
    // Writes at once (the dialog's second half; tests call it directly).
    static bool write(const QString& path, const QByteArray& data, QString* error);

signals:
    void finished(bool saved, const QString& message);

private:
    FileSaver(QObject* parent, const QByteArray& data);
    QByteArray m_data;
};

} // namespace ccri
