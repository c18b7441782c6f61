// The scope grid as a widget: read-only by default (the details pane), where no key or click
// opens an editor; editable in the key editor, where F2 opens the Access and Targets editors
// and never one on a locked row.
#include "ScopeGridView.h"
#include "TargetsDelegateEditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

ApiKey sampleKey()
{
    ApiKey key;
    key.id = u"MbCS6UB_m7NdvyDOE8stT"_s;
    key.name = u"sample"_s;
    key.scopes = {ApiKeyScope::make(Resource::ApiKeys, Access::Read),
                  ApiKeyScope::make(Resource::Queues, Access::Write)};
    return key;
}

bool pressF2On(ScopeGridView &view, Resource resource, int column)
{
    const ScopeGridModel *model = view.gridModel();
    const QModelIndex index = model->index(model->rowOf(resource), column);
    view.setCurrentIndex(index);
    QTest::keyClick(&view, Qt::Key_F2);
    return view.indexWidget(index) != nullptr;
}

bool doubleClickOn(ScopeGridView &view, Resource resource, int column)
{
    const ScopeGridModel *model = view.gridModel();
    const QModelIndex index = model->index(model->rowOf(resource), column);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(index).center());
    return view.indexWidget(index) != nullptr;
}

} // namespace

class TestScopeGridView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyByDefault()
    {
        ScopeGridView view;
        QAbstractItemModelTester tester(view.gridModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setKey(sampleKey());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.isEditable());
        QCOMPARE(view.accessibleName(), u"Scopes"_s);
        QVERIFY(!pressF2On(view, Resource::Queues, ScopeGridModel::AccessColumn));
        QVERIFY(!pressF2On(view, Resource::Queues, ScopeGridModel::TargetsColumn));
        QVERIFY(!doubleClickOn(view, Resource::Queues, ScopeGridModel::AccessColumn));
        QTest::keyClick(&view, Qt::Key_W);
        QVERIFY(!view.viewport()->findChild<QWidget *>(u"accessEditor"_s));
        QCOMPARE(view.gridModel()->scopes(), sampleKey().scopes);
        // Every row is visible without scrolling.
        QVERIFY(view.sizeHint().height() >= view.gridModel()->rowCount() * view.rowHeight(0));
    }

    void editableOpensEditorsButNeverOnALockedRow()
    {
        ScopeGridView view;
        view.setKey(sampleKey());
        view.setEditable(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(pressF2On(view, Resource::Queues, ScopeGridModel::AccessColumn));
        const auto *combo = view.viewport()->findChild<QComboBox *>();
        QVERIFY(combo);
        // The column is wide enough for the open editor to show "Write" whole.
        QVERIFY2(
            combo->width() >= combo->minimumSizeHint().width(),
            qPrintable(u"%1 < %2"_s.arg(combo->width()).arg(combo->minimumSizeHint().width())));
        view.commitOpenEditor();
        QTRY_VERIFY(!view.viewport()->findChild<QComboBox *>());
        QVERIFY(pressF2On(view, Resource::Queues, ScopeGridModel::TargetsColumn));
        QVERIFY(view.viewport()->findChild<TargetsDelegateEditor *>());
        view.commitOpenEditor();
        QTRY_VERIFY(!view.viewport()->findChild<TargetsDelegateEditor *>());
        QVERIFY(!pressF2On(view, Resource::ApiKeys, ScopeGridModel::AccessColumn));
        QVERIFY(!pressF2On(view, Resource::ApiKeys, ScopeGridModel::TargetsColumn));
        QVERIFY(!doubleClickOn(view, Resource::ApiKeys, ScopeGridModel::AccessColumn));
        // None access: there are no targets to edit.
        QVERIFY(!pressF2On(view, Resource::Events, ScopeGridModel::TargetsColumn));
        QCOMPARE(view.gridModel()->scopes(), sampleKey().scopes);
    }
};

QTEST_MAIN(TestScopeGridView)
#include "tst_scopegridview.moc"
