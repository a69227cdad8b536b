#pragma once

#include <QByteArray>
#include <QList>

// JSON test data for TestBundleReader, kept out of the moc-scanned test file (moc trips over raw strings).
QByteArray observation(int i);
QByteArray bundle(const QList<QByteArray>& entries, int total = -1);
QByteArray fixture(const char* name);
