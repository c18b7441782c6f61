#include "KeyDetailsPane.h"

#include "ApiKeyTableModel.h"
#include "ScopeGridView.h"
#include "TextEmphasis.h"
#include "ThemedIcon.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace discue {

KeyDetailsPane::KeyDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"keyDetails"_s);
    setAccessibleName(tr("Key details"));
    m_pages = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    m_placeholder = new QLabel(tr("Select a key to see its details."), m_pages);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12); // a wrapped line would otherwise touch the window's edge
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_placeholder);
    // The key's page is built when the first key is shown (keyPage()).
}

QWidget *KeyDetailsPane::keyPage()
{
    if (m_name)
        return m_name->parentWidget();
    // Built when the first key is shown, not with the pane: at start-up nothing is selected,
    // and its labels, the scope grid and the two bold fonts of its headings (each a font
    // engine of its own) took about 2 ms of the console's first window. Its values wrap, so
    // its minimum width stays below the pane's and the window's layout does not move then.
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_name = new QLabel(page);
    m_name->setObjectName(u"detailName"_s);
    // Server data is shown as text: a key named "<h1>..." must not restyle the pane.
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    QFont heading = m_name->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_name->setFont(heading);
    layout->addWidget(m_name);
    m_ownKey = new QLabel(tr("The console is signed in with this key."), page);
    m_ownKey->setObjectName(u"detailOwnKey"_s);
    m_ownKey->setWordWrap(true);
    setTextEmphasis(m_ownKey, Emphasis::Caution);
    layout->addWidget(m_ownKey);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_id = addField(form, tr("Id"), u"detailId"_s);
    m_status = addField(form, tr("Status"), u"detailStatus"_s);

    m_prefix = new QLabel(page);
    m_prefix->setObjectName(u"detailPrefix"_s);
    m_prefix->setTextFormat(Qt::PlainText);
    m_prefix->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyPrefix = new QToolButton(page);
    m_copyPrefix->setObjectName(u"copyPrefixButton"_s);
    m_copyPrefix->setIcon(themedIcon(u"copy"_s));
    m_copyPrefix->setAutoRaise(true);
    m_copyPrefix->setToolTip(tr("Copy the key prefix"));
    m_copyPrefix->setAccessibleName(tr("Copy the key prefix"));
    connect(m_copyPrefix, &QToolButton::clicked, this, &KeyDetailsPane::copyPrefix);
    auto *prefixRow = new QHBoxLayout;
    prefixRow->addWidget(m_prefix);
    prefixRow->addWidget(m_copyPrefix);
    prefixRow->addStretch();
    form->addRow(tr("Key prefix"), prefixRow);

    m_lastUsed = addField(form, tr("Last used"), u"detailLastUsed"_s);
    m_created = addField(form, tr("Created"), u"detailCreated"_s);
    m_updated = addField(form, tr("Updated"), u"detailUpdated"_s);
    layout->addLayout(form);

    auto *scopesLabel = new QLabel(tr("Scopes"), page);
    scopesLabel->setFont(QFont(scopesLabel->font().family(), -1, QFont::Bold));
    layout->addWidget(scopesLabel);
    m_grid = new ScopeGridView(page);
    m_grid->setObjectName(u"detailScopes"_s);
    m_grid->setAccessibleName(tr("Scopes of the selected key"));
    m_grid->setEditable(false);
    layout->addWidget(m_grid, 1);
    m_pages->addWidget(page);
    return page;
}

QLabel *KeyDetailsPane::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    // Wrapped, so that a long value (a date with its age) does not widen the pane - and push
    // the table aside - when a key is selected.
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void KeyDetailsPane::showKey(const std::optional<ApiKey> &key, const QString &relativeLastUse,
                             bool isOwnKey)
{
    m_key = key;
    if (!key) {
        m_placeholder->setText(tr("Select a key to see its details."));
        m_pages->setCurrentIndex(0);
        return;
    }
    QWidget *page = keyPage();
    auto exact = [](const std::optional<qint64> &ms) {
        return ms ? ApiKeyTableModel::exactTime(*ms) : tr("unknown");
    };
    m_name->setText(key->name);
    m_ownKey->setVisible(isOwnKey);
    m_id->setText(key->id);
    m_status->setText(key->status == KeyStatus::Enabled ? tr("Enabled") : tr("Disabled"));
    m_prefix->setText(key->keyPrefix.isEmpty() ? tr("(none)") : key->keyPrefix);
    m_copyPrefix->setEnabled(!key->keyPrefix.isEmpty());
    // Where the line wraps, the age moves to a line of its own in one piece.
    QString age = relativeLastUse;
    age.replace(QLatin1Char(' '), QChar::Nbsp);
    m_lastUsed->setText(key->lastUsedAt ? tr("%1 (%2)").arg(exact(key->lastUsedAt), age)
                                        : tr("never"));
    m_created->setText(exact(key->createdAt));
    m_updated->setText(exact(key->updatedAt));
    m_grid->setKey(*key);
    m_pages->setCurrentWidget(page);
}

void KeyDetailsPane::showSelectionCount(int count)
{
    m_key.reset();
    m_placeholder->setText(
        tr("%n keys selected. Enable, Disable and Delete apply to all of them.", nullptr, count));
    m_pages->setCurrentIndex(0);
}

QString KeyDetailsPane::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void KeyDetailsPane::copyPrefix()
{
    // The prefix is what the server shows to anyone who may list keys: not a secret.
    if (m_key)
        QGuiApplication::clipboard()->setText(m_key->keyPrefix);
}

} // namespace discue
