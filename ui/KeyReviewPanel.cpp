#include "KeyReviewPanel.h"

#include "ScopeGridModel.h"
#include "ScopePolicy.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

QString scopeKey(const ApiKeyScope &scope)
{
    return scope.resource == Resource::Unknown ? scope.resourceName
                                               : resourceWireName(scope.resource);
}

const ApiKeyScope *findScope(const QList<ApiKeyScope> &scopes, const QString &name)
{
    for (const ApiKeyScope &scope : scopes) {
        if (scopeKey(scope) == name)
            return &scope;
    }
    return nullptr;
}

QString describeScope(const ApiKeyScope *scope)
{
    if (!scope || scope->access == Access::None)
        return ScopeGridModel::accessText(Access::None);
    const QString targets =
        scope->targetsAll() ? KeyReviewPanel::tr("All (*)")
                            : KeyReviewPanel::tr("%n ids: %1", nullptr, int(scope->targets.size()))
                                  .arg(scope->targets.join(u", "_s));
    return ScopeGridModel::accessText(scope->access) + u", "_s + targets;
}

QString statusText(KeyStatus status)
{
    return status == KeyStatus::Enabled ? KeyReviewPanel::tr("Enabled")
                                        : KeyReviewPanel::tr("Disabled");
}

} // namespace

KeyReviewPanel::KeyReviewPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"reviewPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(u"reviewChanges"_s);
    m_changes->setAccessibleName(tr("Changes, before and after"));
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->setAlternatingRowColors(true);
    layout->addWidget(m_changes, 1);

    auto *bodyLabel = new QLabel(tr("The request &body, exactly as it will be sent:"), this);
    layout->addWidget(bodyLabel);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"reviewBody"_s);
    m_body->setAccessibleName(tr("Request body"));
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped, not re-indented: what is shown is byte for byte what goes out.
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setWordWrapMode(QTextOption::WrapAnywhere);
    bodyLabel->setBuddy(m_body);
    layout->addWidget(m_body, 1);

    m_protectedWarning = new QLabel(this);
    m_protectedWarning->setObjectName(u"protectedWarning"_s);
    m_protectedWarning->setWordWrap(true);
    m_protectedWarning->setText(
        tr("This key carries protected scopes (api_clients, api_keys or subscriptions) that "
           "only the discue web console can set. The request replaces the whole scope list "
           "and leaves them out; what the real service then does with them is not documented "
           "- they may be kept or removed."));
    layout->addWidget(m_protectedWarning);
    m_acknowledge = new QCheckBox(tr("I &understand the key may lose its protected scopes"), this);
    m_acknowledge->setObjectName(u"acknowledgeProtectedCheck"_s);
    m_acknowledge->setAccessibleName(tr("Acknowledge the protected scopes warning"));
    layout->addWidget(m_acknowledge);
    connect(m_acknowledge, &QCheckBox::toggled, this, &KeyReviewPanel::acknowledgementChanged);
    m_protectedWarning->setVisible(false);
    m_acknowledge->setVisible(false);
}

void KeyReviewPanel::setReview(const ApiKey *before, const ApiKey &after,
                               const std::optional<QByteArray> &body)
{
    m_changes->clear();
    const auto addRow = [this](const QString &field, const QString &old, const QString &now) {
        auto *item = new QTreeWidgetItem(m_changes, {field, old, now});
        item->setToolTip(1, old);
        item->setToolTip(2, now);
    };
    const QString none = tr("(not set)");
    if (!before || before->name != after.name)
        addRow(tr("Name"), before ? before->name : none, after.name);
    if (!before || before->status != after.status)
        addRow(tr("Status"), before ? statusText(before->status) : none, statusText(after.status));

    bool scopesChanged = false;
    QStringList names;
    for (Resource resource : knownResources())
        names.append(resourceWireName(resource));
    for (const QList<ApiKeyScope> *list : {before ? &before->scopes : nullptr, &after.scopes}) {
        if (!list)
            continue;
        for (const ApiKeyScope &scope : *list) {
            if (!names.contains(scopeKey(scope)))
                names.append(scopeKey(scope));
        }
    }
    for (const QString &name : names) {
        const ApiKeyScope *old = before ? findScope(before->scopes, name) : nullptr;
        const ApiKeyScope *now = findScope(after.scopes, name);
        const QString oldText = describeScope(old);
        const QString nowText = describeScope(now);
        if (oldText != nowText) {
            scopesChanged = true;
            addRow(tr("Scope %1").arg(name), before ? oldText : none, nowText);
        }
    }

    if (!body) {
        m_summary->setText(tr("Nothing changed, so there is nothing to send."));
        m_body->clear();
    } else if (before) {
        m_summary->setText(
            tr("Sending updates key \"%1\": only the fields below change%2.")
                .arg(before->name,
                     scopesChanged ? tr("; the scope list is replaced as a whole") : QString()));
        m_body->setPlainText(QString::fromUtf8(*body));
    } else {
        m_summary->setText(
            after.scopes.isEmpty()
                ? tr("Sending creates the key. Without scopes the server grants write access to "
                     "every resource.")
                : tr("Sending creates the key with these settings."));
        m_body->setPlainText(QString::fromUtf8(*body));
    }

    const bool warn = before && body && scopesChanged && before->hasProtectedScopes();
    m_protectedWarning->setVisible(warn);
    m_acknowledge->setVisible(warn);
    m_acknowledge->setChecked(false);
}

QString KeyReviewPanel::bodyText() const
{
    return m_body->toPlainText();
}

int KeyReviewPanel::changeCount() const
{
    return m_changes->topLevelItemCount();
}

bool KeyReviewPanel::needsAcknowledgement() const
{
    return m_acknowledge->isVisibleTo(this);
}

bool KeyReviewPanel::isAcknowledged() const
{
    return !needsAcknowledgement() || m_acknowledge->isChecked();
}

} // namespace discue
