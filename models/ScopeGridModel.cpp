#include "ScopeGridModel.h"
#include "ScopeGridStyle.h"

#include <QGuiApplication>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

QString scopeName(const ApiKeyScope &scope)
{
    return scope.resource == Resource::Unknown ? scope.resourceName
                                               : resourceWireName(scope.resource);
}

// Settable grants compared as sets: the order of the array is not a change.
QList<ApiKeyScope> sortedByName(QList<ApiKeyScope> scopes)
{
    std::sort(scopes.begin(), scopes.end(), [](const ApiKeyScope &a, const ApiKeyScope &b) {
        return scopeName(a) < scopeName(b);
    });
    return scopes;
}

// A finding's row name: "scopes.<name>..." -> <name>; empty for key-wide findings.
QString findingResourceName(const PolicyFinding &finding)
{
    if (!finding.field.startsWith(u"scopes."))
        return {};
    const QStringView rest = QStringView(finding.field).sliced(7);
    const qsizetype dot = rest.indexOf(u'.');
    return (dot < 0 ? rest : rest.first(dot)).toString();
}

} // namespace

ScopeGridModel::ScopeGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setKey(ApiKey{});
}

void ScopeGridModel::setKey(const ApiKey &key)
{
    beginResetModel();
    m_original = key.scopes;
    m_rows.clear();
    QList<bool> used(m_original.size(), false);
    for (Resource resource : knownResources()) {
        Row row;
        row.resource = resource;
        row.resourceName = resourceWireName(resource);
        row.locked = ScopePolicy::isProtected(resource);
        for (qsizetype i = 0; i < m_original.size(); ++i) {
            if (!used[i] && m_original[i].resource == resource) {
                used[i] = true;
                row.access = m_original[i].access;
                row.targets = m_original[i].targets;
                break;
            }
        }
        m_rows.append(row);
    }
    // Unknown resources, and a second scope for the same resource: shown and kept as they
    // are, never edited (the policy flags a duplicate, so the user learns about it).
    for (qsizetype i = 0; i < m_original.size(); ++i) {
        if (used[i])
            continue;
        const ApiKeyScope &scope = m_original[i];
        m_rows.append(Row{scope.resource, scopeName(scope), scope.access, scope.targets, true});
    }
    m_findings = ScopePolicy::checkScopes(scopes(), m_original);
    endResetModel();
}

QList<ApiKeyScope> ScopeGridModel::scopes() const
{
    QList<ApiKeyScope> result;
    for (const Row &row : m_rows) {
        if (row.access == Access::None)
            continue;
        ApiKeyScope scope;
        scope.resource = row.resource;
        scope.resourceName = row.resourceName;
        scope.access = row.access;
        scope.targets = row.targets;
        if (row.locked) {
            // Exactly as the server sent it, spelling included.
            const auto it =
                std::find_if(m_original.cbegin(), m_original.cend(), [&](const ApiKeyScope &s) {
                    return scopeName(s) == row.resourceName && s.access == row.access &&
                           s.targets == row.targets;
                });
            if (it != m_original.cend())
                scope = *it;
        }
        result.append(scope);
    }
    return result;
}

bool ScopeGridModel::isModified() const
{
    return sortedByName(scopes()) != sortedByName(m_original);
}

void ScopeGridModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {EditableRow});
}

QList<PolicyFinding> ScopeGridModel::findingsForRow(int row) const
{
    QList<PolicyFinding> result;
    if (row < 0 || row >= m_rows.size())
        return result;
    const Row &r = m_rows[row];
    for (const PolicyFinding &finding : m_findings) {
        const bool matches = r.resource != Resource::Unknown
                                 ? finding.resource == r.resource
                                 : findingResourceName(finding) == r.resourceName;
        if (matches)
            result.append(finding);
    }
    return result;
}

int ScopeGridModel::rowOf(Resource resource) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].resource == resource && resource != Resource::Unknown)
            return i;
    }
    return -1;
}

int ScopeGridModel::rowOfName(const QString &resourceName) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].resourceName == resourceName)
            return i;
    }
    return -1;
}

QStringList ScopeGridModel::parseTargets(QStringView text)
{
    QStringList targets;
    QString current;
    for (QChar c : text) {
        if (c == u',' || c == u';' || c.isSpace()) {
            if (!current.isEmpty())
                targets.append(std::exchange(current, QString()));
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        targets.append(current);
    return targets;
}

QString ScopeGridModel::targetsEditText(const QStringList &targets)
{
    return targets.join(u", "_s);
}

QString ScopeGridModel::resourceDescription(Resource resource)
{
    static constexpr struct
    {
        Resource resource;
        const char *text;
    } descriptions[] = {
        {Resource::ApiClients, QT_TR_NOOP("API clients: the organization's client registrations.")},
        {Resource::ApiKeys,
         QT_TR_NOOP("API keys: listing, creating, changing and deleting keys like this one.")},
        {Resource::Events, QT_TR_NOOP("Events: the events that queues and listeners emit.")},
        {Resource::Queues, QT_TR_NOOP("Queues: creating, changing and deleting message queues.")},
        {Resource::Listeners,
         QT_TR_NOOP("Listeners: the webhook endpoints that receive a queue's messages.")},
        {Resource::Messages,
         QT_TR_NOOP("Messages: publishing, reading and deleting the messages in queues.")},
        {Resource::Schemas,
         QT_TR_NOOP("Schemas: the schemas that messages are validated against.")},
        {Resource::Stats, QT_TR_NOOP("Stats: usage and delivery statistics.")},
        {Resource::Subscriptions,
         QT_TR_NOOP("Subscriptions: the organization's plan and billing subscription.")},
    };
    for (const auto &entry : descriptions) {
        if (entry.resource == resource)
            return tr(entry.text);
    }
    return tr("A resource this version of the console does not know.");
}

QString ScopeGridModel::accessText(Access access)
{
    switch (access) {
    case Access::None:
        return tr("None");
    case Access::Read:
        return tr("Read");
    case Access::Write:
        return tr("Write");
    }
    return {};
}

int ScopeGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScopeGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeGridModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case ResourceColumn:
        return row.resourceName;
    case AccessColumn:
        return accessText(row.access);
    case TargetsColumn:
        if (row.access == Access::None)
            return QString();
        if (row.targets.contains(wildcardTarget))
            return tr("All (*)");
        if (row.targets.isEmpty())
            return tr("(none)");
        return row.targets.join(u", "_s);
    default:
        return {};
    }
}

QVariant ScopeGridModel::toolTipData(int rowIndex, int column) const
{
    const Row &row = m_rows[rowIndex];
    QStringList lines;
    if (column == ResourceColumn)
        lines.append(resourceDescription(row.resource));
    if (row.locked) {
        lines.append(row.resource == Resource::Unknown
                         ? tr("Not known to this console; the key keeps it as it is.")
                         : tr("Locked: cannot be set via the API. The key keeps it as it is."));
    }
    if (column == TargetsColumn && row.access != Access::None && !row.targets.isEmpty())
        lines.append(row.targets.join(u'\n'));
    for (const PolicyFinding &finding : findingsForRow(rowIndex))
        lines.append(finding.message);
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
}

QVariant ScopeGridModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnIndex(index))
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole:
        if (column == AccessColumn)
            return int(row.access);
        if (column == TargetsColumn)
            return row.targets;
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(index.row(), column);
    case Qt::DecorationRole:
        if (column == ResourceColumn && row.locked && qobject_cast<QGuiApplication *>(qApp)) {
            if (m_lockIcon.isNull())
                m_lockIcon = ScopeGridStyle::lockIcon();
            return m_lockIcon;
        }
        return {};
    case Qt::BackgroundRole: {
        const int severity = data(index, FindingSeverityRole).toInt();
        if (severity >= int(Severity::Warning))
            return ScopeGridStyle::findingTint(Severity(severity));
        return {};
    }
    case Qt::AccessibleDescriptionRole:
        if (row.locked)
            return tr("Locked: cannot be set via the API");
        return {};
    case ResourceRole:
        return int(row.resource);
    case ResourceNameRole:
        return row.resourceName;
    case AccessRole:
        return int(row.access);
    case TargetsRole:
        return row.targets;
    case ProtectedRole:
        return ScopePolicy::isProtected(row.resource);
    case EditableRow:
        return isRowEditable(index.row());
    case FindingTextRole: {
        QStringList messages;
        for (const PolicyFinding &finding : findingsForRow(index.row()))
            messages.append(finding.message);
        return messages.join(u'\n');
    }
    case FindingSeverityRole: {
        int worst = -1;
        for (const PolicyFinding &finding : findingsForRow(index.row()))
            worst = std::max(worst, int(finding.severity));
        return worst;
    }
    default:
        return {};
    }
}

QVariant ScopeGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResourceColumn:
        return tr("Resource");
    case AccessColumn:
        return tr("Access");
    case TargetsColumn:
        return tr("Targets");
    default:
        return {};
    }
}

// Views and QAbstractItemModelTester ask about invalid indexes on purpose: no warning.
bool ScopeGridModel::isOwnIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_rows.size() &&
           index.column() < ColumnCount;
}

bool ScopeGridModel::isRowEditable(int row) const
{
    return !m_readOnly && row >= 0 && row < m_rows.size() && !m_rows[row].locked;
}

Qt::ItemFlags ScopeGridModel::flags(const QModelIndex &index) const
{
    if (!isOwnIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row &row = m_rows[index.row()];
    if (!isRowEditable(index.row()))
        return result;
    if (index.column() == AccessColumn ||
        (index.column() == TargetsColumn && row.access != Access::None))
        result |= Qt::ItemIsEditable;
    return result;
}

bool ScopeGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isOwnIndex(index) || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == AccessColumn) {
        std::optional<Access> access;
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString();
            access = text.compare(u"none", Qt::CaseInsensitive) == 0
                         ? std::optional(Access::None)
                         : accessFromWireName(text.toLower());
        } else if (bool ok = false; value.canConvert<int>()) {
            const int number = value.toInt(&ok);
            if (ok && number >= int(Access::None) && number <= int(Access::Write))
                access = Access(number);
        }
        if (!access)
            return false;
        if (*access == row.access)
            return true;
        row.access = *access;
        // A new grant starts on all targets; the user narrows it down.
        if (row.access != Access::None && row.targets.isEmpty())
            row.targets = {u"*"_s};
    } else if (index.column() == TargetsColumn) {
        const QStringList targets = value.typeId() == QMetaType::QStringList
                                        ? value.toStringList()
                                        : parseTargets(value.toString());
        if (targets == row.targets)
            return true;
        row.targets = targets;
    } else {
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    recheck();
    return true;
}

void ScopeGridModel::recheck()
{
    QList<QPair<int, QString>> before; // severity and text per row
    for (int i = 0; i < m_rows.size(); ++i)
        before.append({data(index(i, 0), FindingSeverityRole).toInt(),
                       data(index(i, 0), FindingTextRole).toString()});

    m_findings = ScopePolicy::checkScopes(scopes(), m_original);

    const QList<int> roles{Qt::BackgroundRole, Qt::ToolTipRole, FindingTextRole,
                           FindingSeverityRole};
    for (int i = 0; i < m_rows.size(); ++i) {
        if (before[i].first != data(index(i, 0), FindingSeverityRole).toInt() ||
            before[i].second != data(index(i, 0), FindingTextRole).toString())
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1), roles);
    }
    Q_EMIT scopesEdited();
}

} // namespace discue
