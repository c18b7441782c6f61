// EditorActions: what a user does in the key editor, as test steps - open a grid cell's
// editor with F2, choose an access, type targets, press Ctrl+Return - each checking that the
// widget it needs is there.
#pragma once

#include "KeyEditorDialog.h"
#include "ScopeGridView.h"
#include "TargetsDelegateEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTest>

namespace discue {

inline ApiKey draftKey(const QString &name, QList<ApiKeyScope> scopes)
{
    ApiKey key;
    key.name = name;
    key.scopes = std::move(scopes);
    return key;
}

inline QModelIndex gridIndex(KeyEditorDialog &editor, Resource resource, int column)
{
    const ScopeGridModel *model = editor.scopeGrid()->gridModel();
    return model->index(model->rowOf(resource), column);
}

// Opens the cell's editor as a user would (select, F2) and returns it.
template<typename Editor>
inline Editor *openCellEditor(KeyEditorDialog &editor, Resource resource, int column)
{
    ScopeGridView *grid = editor.scopeGrid();
    grid->setFocus();
    grid->setCurrentIndex(gridIndex(editor, resource, column));
    QTest::keyClick(grid, Qt::Key_F2);
    return grid->viewport()->findChild<Editor *>();
}

inline void typeTargets(KeyEditorDialog &editor, Resource resource, const QString &text)
{
    auto *targets =
        openCellEditor<TargetsDelegateEditor>(editor, resource, ScopeGridModel::TargetsColumn);
    QVERIFY(targets);
    targets->allCheckBox()->setChecked(false);
    targets->idsEdit()->selectAll();
    QTest::keyClicks(targets->idsEdit(), text);
    QTest::keyClick(targets->idsEdit(), Qt::Key_Return);
    QVERIFY(!editor.scopeGrid()->indexWidget(
        gridIndex(editor, resource, ScopeGridModel::TargetsColumn)));
}

inline void chooseAccess(KeyEditorDialog &editor, Resource resource, Access access)
{
    auto *combo = openCellEditor<QComboBox>(editor, resource, ScopeGridModel::AccessColumn);
    QVERIFY(combo);
    QCOMPARE(combo->accessibleName(), QStringLiteral("Access to ") + resourceWireName(resource));
    combo->setCurrentIndex(combo->findData(int(access)));
    QTest::keyClick(combo, Qt::Key_Return);
    // The delegate closes a combo box editor through a queued call.
    QTRY_VERIFY(!editor.scopeGrid()->indexWidget(
        gridIndex(editor, resource, ScopeGridModel::AccessColumn)));
}

inline void pressCtrlReturn(KeyEditorDialog &editor)
{
    QTest::keyClick(editor.focusWidget() ? editor.focusWidget() : &editor, Qt::Key_Return,
                    Qt::ControlModifier);
}

} // namespace discue
