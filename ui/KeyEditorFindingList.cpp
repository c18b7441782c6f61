#include "KeyEditorFindingList.h"

#include "ScopeGridModel.h"

#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

constexpr int RowRole = Qt::UserRole;
constexpr int ColumnRole = Qt::UserRole + 1;

} // namespace

KeyEditorFindingList::KeyEditorFindingList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"findingList"_s);
    setAccessibleName(tr("Problems"));
    setWordWrap(true);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(RowRole).isValid())
            Q_EMIT findingActivated(item->data(RowRole).toInt(), item->data(ColumnRole).toInt());
    });
}

QColor KeyEditorFindingList::severityColour(Severity severity, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (severity == Severity::Error)
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    if (severity == Severity::Warning)
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00);
    return palette.color(QPalette::WindowText);
}

void KeyEditorFindingList::setFindings(const QList<PolicyFinding> &findings,
                                       const ScopeGridModel *grid)
{
    clear();
    for (const PolicyFinding &finding : findings) {
        const QStyle::StandardPixmap icon =
            finding.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
            : finding.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation;
        auto *item = new QListWidgetItem(style()->standardIcon(icon), finding.message, this);
        item->setForeground(severityColour(finding.severity, palette()));
        int row = -1;
        if (finding.field.startsWith(u"scopes.")) {
            row = finding.resource != Resource::Unknown
                      ? grid->rowOf(finding.resource)
                      : grid->rowOfName(finding.field.section(u'.', 1, 1));
        }
        // Key-wide scope findings ("grant at least one scope") point at the grid's top.
        item->setData(RowRole, finding.field == u"name" ? -1 : std::max(row, 0));
        item->setData(ColumnRole, finding.field.contains(u".targets")
                                      ? int(ScopeGridModel::TargetsColumn)
                                      : int(ScopeGridModel::AccessColumn));
    }
    if (findings.isEmpty())
        new QListWidgetItem(tr("No problems found."), this);
}

} // namespace discue
