// The scope comparison's delegate shapes each text once, and paints what QStyledItemDelegate paints:
// the same pixels, for plain, bold, selected and elided rows, after a text changes and after the
// view is narrowed.
#include "ui/signin/ShapedTextDelegate.h"

#include <memory>
#include <QApplication>
#include <QImage>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>

class TestShapedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsAsTheStyledDelegate();

private:
    static std::unique_ptr<QTreeWidget> tree(bool shaped);
};

std::unique_ptr<QTreeWidget> TestShapedTextDelegate::tree(bool shaped)
{
    auto view = std::make_unique<QTreeWidget>();
    view->setHeaderHidden(true);
    view->setUniformRowHeights(true);
    if (shaped)
        view->setItemDelegate(new ccri::ShapedTextDelegate(view.get()));
    auto* group = new QTreeWidgetItem(view.get(), {QStringLiteral("Granted (3)")});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const char* scope :
         {"user/Patient.read", "user/MedicationStatement.read and a scope long enough to be elided", "openid"})
        new QTreeWidgetItem(group, {QString::fromLatin1(scope)});
    group->setExpanded(true);
    view->resize(300, 120);
    view->show();
    view->setCurrentItem(group->child(0));
    return view;
}

void TestShapedTextDelegate::paintsAsTheStyledDelegate()
{
    const std::unique_ptr<QTreeWidget> styled = tree(false);
    const std::unique_ptr<QTreeWidget> shaped = tree(true);
    QVERIFY(QTest::qWaitForWindowExposed(styled.get()));
    QVERIFY(QTest::qWaitForWindowExposed(shaped.get()));
    const auto same = [&] {
        const QImage a = styled->grab().toImage();
        const QImage b = shaped->grab().toImage();
        return a.size() == b.size() && a == b;
    };
    QVERIFY(same());

    // A changed text is shaped anew; a narrower view elides at its new width.
    for (QTreeWidget* view : {styled.get(), shaped.get()})
        view->topLevelItem(0)->child(2)->setText(0, QStringLiteral("fhirUser launch/patient"));
    QVERIFY(same());
    styled->resize(160, 120);
    shaped->resize(160, 120);
    QVERIFY(same());
}

QTEST_MAIN(TestShapedTextDelegate)
#include "TestShapedTextDelegate.moc"
