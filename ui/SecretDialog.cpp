#include "SecretDialog.h"

#include "Clipboard.h"
#include "TextEmphasis.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace discue {

SecretDialog::SecretDialog(const QString &secret, const QString &keyId, const QString &keyName,
                           Clipboard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_secret(secret)
    , m_clipboard(clipboard)
    , m_keyId(keyId)
    , m_keyName(keyName)
{
    if (!m_clipboard) {
        // Owned, but not a child: a copy made just before closing must still be cleared
        // 30 s later, not at once (see the destructor).
        m_clipboard = new Clipboard(QGuiApplication::clipboard());
        m_ownsClipboard = true;
    }
    setObjectName(u"secretDialog"_s);
    setWindowTitle(tr("Key created"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>Store this secret now.</b> discue shows it only this once; it cannot be shown "
           "again. Anyone holding it can use the key's scopes."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_duplicateLabel = new QLabel(this);
    m_duplicateLabel->setObjectName(u"duplicateWarning"_s);
    m_duplicateLabel->setWordWrap(true);
    m_duplicateLabel->setTextFormat(Qt::PlainText);
    setTextEmphasis(m_duplicateLabel, Emphasis::Problem);
    m_duplicateLabel->hide();
    layout->addWidget(m_duplicateLabel);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(keyName.isEmpty() ? tr("(no name)") : keyName, this);
    nameLabel->setObjectName(u"keyNameLabel"_s);
    nameLabel->setTextFormat(Qt::PlainText);
    form->addRow(tr("Name:"), nameLabel);

    auto *idEdit = new QLineEdit(keyId, this);
    idEdit->setObjectName(u"keyIdEdit"_s);
    idEdit->setReadOnly(true);
    idEdit->setAccessibleName(tr("Key id"));
    idEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("&Id:"), idEdit);

    m_secretEdit = new QLineEdit(secret, this);
    m_secretEdit->setObjectName(u"secretEdit"_s);
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setAccessibleName(tr("Secret"));
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Ctrl+C in the revealed field copies through Clipboard too, so that the copy is cleared
    // like the Copy button's; the field's own menu (a second, uncleared way) is off.
    m_secretEdit->installEventFilter(this);
    m_secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_secretEdit->setMinimumWidth(m_secretEdit->fontMetrics().horizontalAdvance(u'M') * 48);
    m_revealButton = new QPushButton(tr("&Reveal"), this);
    m_revealButton->setObjectName(u"revealButton"_s);
    m_revealButton->setCheckable(true);
    m_revealButton->setAccessibleName(tr("Reveal the secret"));
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setAccessibleName(tr("Copy the secret"));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_revealButton);
    secretRow->addWidget(m_copyButton);
    form->addRow(tr("S&ecret:"), secretRow); // Alt+S ticks "I have stored this key"
    layout->addLayout(form);

    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(u"copiedLabel"_s);
    m_copiedLabel->setWordWrap(true);
    layout->addWidget(m_copiedLabel);

    m_storedCheck = new QCheckBox(tr("I have &stored this key"), this);
    m_storedCheck->setObjectName(u"storedCheck"_s);
    m_storedCheck->setAccessibleName(tr("I have stored this key"));
    layout->addWidget(m_storedCheck);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setEnabled(false);
    close->setToolTip(tr("Check \"I have stored this key\" first."));
    layout->addWidget(m_buttons);

    // Labels' buddies give the Alt shortcuts of the form.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(idEdit)))
        label->setBuddy(idEdit);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(secretRow)))
        label->setBuddy(m_secretEdit);

    connect(m_revealButton, &QPushButton::toggled, this, &SecretDialog::setRevealed);
    connect(m_copyButton, &QPushButton::clicked, this, &SecretDialog::copySecret);
    connect(m_storedCheck, &QCheckBox::toggled, close, &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    connect(m_clipboard, &Clipboard::cleared, this,
            [this] { m_copiedLabel->setText(tr("The clipboard was cleared.")); });

    m_copyButton->setFocus();
}

SecretDialog::~SecretDialog()
{
    wipe();
    if (m_ownsClipboard) {
        if (m_clipboard->isClearPending()) // clears on its timer, then goes
            QTimer::singleShot(m_clipboard->clearDelay() + 1000, m_clipboard,
                               &QObject::deleteLater);
        else
            delete m_clipboard;
    }
}

bool SecretDialog::isRevealed() const
{
    return m_secretEdit->echoMode() == QLineEdit::Normal;
}

bool SecretDialog::canClose() const
{
    return m_storedCheck->isChecked();
}

void SecretDialog::warnOfPossibleDuplicate()
{
    m_duplicateLabel->setText(
        tr("The connection closed before the server answered, and the request went out a "
           "second time: the server may now hold two keys named \"%1\". This secret belongs "
           "to the one with id %2. Refresh the list and delete the other one - nobody has its "
           "secret.")
            .arg(m_keyName.isEmpty() ? tr("(no name)") : m_keyName, m_keyId));
    m_duplicateLabel->show();
    adjustSize();
}

QString SecretDialog::duplicateWarning() const
{
    return m_duplicateLabel->isVisibleTo(this) ? m_duplicateLabel->text() : QString();
}

void SecretDialog::setRevealed(bool revealed)
{
    m_secretEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_revealButton->setText(revealed ? tr("&Hide") : tr("&Reveal"));
}

void SecretDialog::copySecret()
{
    if (m_secret.isEmpty())
        return;
    m_clipboard->setText(m_secret);
    m_copiedLabel->setText(tr("Copied. The clipboard is cleared in %n seconds if it still holds "
                              "the secret.",
                              nullptr, m_clipboard->clearDelay() / 1000));
}

bool SecretDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_secretEdit &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        if (event->type() == QEvent::KeyPress)
            copySecret();
        event->accept();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SecretDialog::done(int result)
{
    if (!canClose()) {
        m_storedCheck->setFocus();
        return;
    }
    wipe();
    QDialog::done(result);
}

void SecretDialog::closeEvent(QCloseEvent *event)
{
    if (!canClose()) {
        event->ignore();
        m_storedCheck->setFocus();
        return;
    }
    QDialog::closeEvent(event);
}

void SecretDialog::wipe()
{
    if (m_secretEdit)
        m_secretEdit->clear();
    m_secret.fill(u'\0');
    m_secret.clear();
}

} // namespace discue
