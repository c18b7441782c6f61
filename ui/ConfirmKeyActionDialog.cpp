#include "ConfirmKeyActionDialog.h"

#include "ApiKeyTableModel.h"
#include "TextEmphasis.h"
#include "ThemedIcon.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {
constexpr int listedKeysMax = 8;

// A key's name in the dialog's rich text exactly as it must be typed: escaped, and with its
// spaces kept (HTML would show two spaces as one).
QString asWritten(const QString &name)
{
    return u"<span style=\"white-space:pre-wrap\">"_s + name.toHtmlEscaped() + u"</span>"_s;
}

bool changes(BulkAction action, const ApiKey &key)
{
    const auto status = statusSetBy(action);
    return !status || key.status != *status;
}
} // namespace

ConfirmKeyActionDialog::ConfirmKeyActionDialog(BulkAction action, QList<ApiKey> keys,
                                               QSet<QString> ownKeyIds, qint64 nowMs,
                                               bool production, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_ownKeyIds(std::move(ownKeyIds))
{
    setObjectName(u"confirmKeyActionDialog"_s);
    for (const ApiKey &key : std::as_const(keys)) {
        if (!changes(action, key))
            continue;
        m_affected.append(key);
        m_includesOwnKey = m_includesOwnKey || m_ownKeyIds.contains(key.id);
    }
    if (action == BulkAction::Delete) {
        const bool recentlyUsed =
            std::any_of(m_affected.cbegin(), m_affected.cend(), [nowMs](const ApiKey &key) {
                return key.lastUsedAt && *key.lastUsedAt >= nowMs - recentUseMs;
            });
        // Name the reason that applies, the strongest first.
        if (m_includesOwnKey)
            m_typingReason = m_affected.size() == 1
                                 ? tr("This is the key the console is signed in with.")
                                 : tr("The console's own key is among them.");
        else if (recentlyUsed)
            m_typingReason = m_affected.size() == 1
                                 ? tr("This key was used in the last 7 days.")
                                 : tr("Some of them were used in the last 7 days.");
        else if (production)
            m_typingReason = tr("This profile is marked production.");
        if (!m_typingReason.isEmpty())
            m_expected = m_affected.size() == 1 ? m_affected.first().name
                                                : QString::number(m_affected.size());
    }
    buildUi(keys, nowMs);
    updateActionButton();
}

QString ConfirmKeyActionDialog::describeKey(const ApiKey &key, qint64 nowMs) const
{
    const QString lastUse = key.lastUsedAt
                                ? tr("last used %1 (%2)")
                                      .arg(ApiKeyTableModel::relativeTime(*key.lastUsedAt, nowMs),
                                           ApiKeyTableModel::exactTime(*key.lastUsedAt))
                                : tr("never used");
    const QString scopes = key.scopes.isEmpty() ? tr("no scopes") : key.scopeSummary();
    return u"<b>%1</b> <span style='font-family:monospace'>%2</span><br>%3<br>%4"_s.arg(
        asWritten(key.name), key.id.toHtmlEscaped(), lastUse.toHtmlEscaped(),
        tr("Scopes: %1").arg(scopes).toHtmlEscaped());
}

void ConfirmKeyActionDialog::buildUi(const QList<ApiKey> &selected, qint64 nowMs)
{
    const qsizetype count = m_affected.size();
    const qsizetype unchanged = selected.size() - count;
    QString title;
    QString message;
    QString button;
    QString icon;
    switch (m_action) {
    case BulkAction::Enable:
        title = tr("Enable keys");
        message = count == 1 ? tr("Enable this key? Programs using it can call the API again.")
                             : tr("Enable %n keys? Programs using them can call the API again.",
                                  nullptr, int(count));
        button = tr("&Enable");
        icon = u"enable"_s;
        break;
    case BulkAction::Disable:
        title = tr("Disable keys");
        message = count == 1
                      ? tr("Disable this key? Every request made with it will be refused until "
                           "it is enabled again.")
                      : tr("Disable %n keys? Every request made with them will be refused until "
                           "they are enabled again.",
                           nullptr, int(count));
        button = tr("&Disable");
        icon = u"disable"_s;
        break;
    case BulkAction::Delete:
        title = tr("Delete keys");
        message = count == 1 ? tr("Delete this key? Deleting is final: the API cannot restore "
                                  "it, and every program that uses it stops working.")
                             : tr("Delete %n keys? Deleting is final: the API cannot restore "
                                  "them, and every program that uses them stops working.",
                                  nullptr, int(count));
        button = tr("&Delete");
        icon = u"delete"_s;
        break;
    }
    if (unchanged > 0)
        message += u' ' + tr("%n of the selected keys already have that status and are left alone.",
                             nullptr, int(unchanged));
    setWindowTitle(title);

    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(message, this);
    m_message->setObjectName(u"confirmMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, listedKeysMax); ++i)
        lines.append(describeKey(m_affected.at(i), nowMs));
    if (count > listedKeysMax)
        lines.append(tr("... and %n more.", nullptr, int(count - listedKeysMax)).toHtmlEscaped());
    m_details = new QLabel(lines.join(u"<br><br>"_s), this);
    m_details->setObjectName(u"confirmDetails"_s);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The keys scroll rather than push the dialog past the screen: a window can grow no taller
    // than the screen, and Qt then squeezes the list, cutting off its last keys and the line
    // that says how many more there are.
    auto *list = new QScrollArea(this);
    list->setObjectName(u"confirmDetailsArea"_s);
    list->setWidget(m_details);
    list->setWidgetResizable(true);
    list->setFrameShape(QFrame::NoFrame);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setFocusPolicy(Qt::NoFocus); // a list that scrolls takes focus, see below
    layout->addWidget(list, 1);

    m_warning = new QLabel(this);
    m_warning->setObjectName(u"confirmWarning"_s);
    m_warning->setWordWrap(true);
    setTextEmphasis(m_warning, Emphasis::Problem);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    if (m_includesOwnKey)
        m_warning->setText(tr("This console is signed in with this key. After this, the console "
                              "can no longer reach the API with the current profile."));
    m_warning->setVisible(m_includesOwnKey);
    layout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox(this);
    m_actionButton = buttons->addButton(button, QDialogButtonBox::AcceptRole);
    m_actionButton->setObjectName(u"confirmActionButton"_s);
    m_actionButton->setIcon(themedIcon(icon));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setDefault(true);
    m_actionButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (requiresTypedConfirmation()) {
        const QString ask =
            count == 1 ? tr("Type its name, <b>%1</b>, to confirm:").arg(asWritten(m_expected))
                       : tr("Type the number of keys, <b>%1</b>, to confirm:").arg(m_expected);
        auto *prompt = new QLabel(m_typingReason.toHtmlEscaped() + u' ' + ask, this);
        prompt->setWordWrap(true);
        layout->addWidget(prompt);
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(u"confirmationEdit"_s);
        m_confirmation->setAccessibleName(tr("Confirmation"));
        prompt->setBuddy(m_confirmation);
        layout->addWidget(m_confirmation);
        connect(m_confirmation, &QLineEdit::textChanged, this,
                &ConfirmKeyActionDialog::updateActionButton);
        m_confirmation->setFocus();
    }
    layout->addWidget(buttons);
    setMinimumWidth(460);
    // A short list is shown whole (measured at the narrowest the dialog gets, so it fits at
    // any width), a long one takes up to two fifths of the screen.
    const QMargins margins = layout->contentsMargins();
    const int listWidth = minimumWidth() - margins.left() - margins.right();
    const int screenShare = screen()->availableGeometry().height() * 2 / 5;
    const int wanted = m_details->heightForWidth(listWidth);
    list->setMinimumHeight(std::min(wanted, screenShare));
    if (wanted <= screenShare) {
        // Its size hint is taller than the text needs; and without a scroll bar it never
        // becomes narrower, so the height measured at the narrowest always fits.
        list->setMaximumHeight(wanted);
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    } else {
        // Reachable with Tab, so the keys below can be read with the arrow keys too.
        list->setFocusPolicy(Qt::StrongFocus);
        list->setAccessibleName(tr("Keys affected"));
    }
}

void ConfirmKeyActionDialog::updateActionButton()
{
    const bool typedOk = !m_confirmation || m_confirmation->text() == m_expected;
    m_actionButton->setEnabled(!m_affected.isEmpty() && typedOk);
    // Return after typing the name confirms; otherwise Return is the safe Cancel.
    const bool confirmOnReturn = m_confirmation && typedOk && !m_affected.isEmpty();
    m_actionButton->setDefault(confirmOnReturn);
    m_cancelButton->setDefault(!confirmOnReturn);
}

QString ConfirmKeyActionDialog::messageText() const
{
    return m_message->text() + u'\n' + m_warning->text();
}

} // namespace discue
