#include "KeyEditorDialog.h"

#include "ApiKeysClient.h"
#include "KeyEditorFindingList.h"
#include "KeyReviewPanel.h"
#include "ResponseDialog.h"
#include "ScopeGridView.h"
#include "SecretDialog.h"
#include "UiLogging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

enum Page
{
    EditPage,
    ReviewPage
};

} // namespace

KeyEditorDialog::KeyEditorDialog(ApiKeysClient *client, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_settings(settings)
    , m_mode(Mode::Create)
{
    buildUi();
    loadKey(ApiKey{});
    setWindowTitle(tr("New key"));
}

KeyEditorDialog::KeyEditorDialog(ApiKeysClient *client, const ApiKey &key, QSettings *settings,
                                 QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_settings(settings)
    , m_mode(Mode::Edit)
{
    buildUi();
    loadKey(key);
    setWindowTitle(tr("Edit key \"%1\"").arg(key.name));
}

KeyEditorDialog::~KeyEditorDialog() = default;

ResponseDialog *KeyEditorDialog::responseDialog() const
{
    return m_responseDialog;
}

SecretDialog *KeyEditorDialog::secretDialog() const
{
    return m_secretDialog;
}

void KeyEditorDialog::buildUi()
{
    setObjectName(u"keyEditorDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    auto *editPage = new QWidget(m_pages);
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_nameEdit = new QLineEdit(editPage);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setAccessibleName(tr("Name"));
    m_nameEdit->setMaxLength(200); // the policy reports over-long names; this only bounds typing
    m_nameMessage = new QLabel(editPage);
    m_nameMessage->setObjectName(u"nameMessage"_s);
    m_nameMessage->setWordWrap(true);
    m_nameMessage->setTextFormat(Qt::PlainText);
    auto *nameBox = new QVBoxLayout;
    nameBox->addWidget(m_nameEdit);
    nameBox->addWidget(m_nameMessage);
    auto *nameLabel = new QLabel(tr("&Name:"), editPage);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, nameBox);

    m_statusCombo = new QComboBox(editPage);
    m_statusCombo->setObjectName(u"statusCombo"_s);
    m_statusCombo->setAccessibleName(tr("Status"));
    m_statusCombo->addItem(tr("Enabled"), int(KeyStatus::Enabled));
    m_statusCombo->addItem(tr("Disabled"), int(KeyStatus::Disabled));
    auto *statusLabel = new QLabel(tr("S&tatus:"), editPage);
    statusLabel->setBuddy(m_statusCombo);
    form->addRow(statusLabel, m_statusCombo);
    editLayout->addLayout(form);

    auto *scopesLabel =
        new QLabel(tr("S&copes (F2 edits; locked rows cannot be set via the API):"), editPage);
    editLayout->addWidget(scopesLabel);
    m_grid = new ScopeGridView(editPage);
    m_grid->setEditable(true);
    scopesLabel->setBuddy(m_grid);
    // The nine rows fit; the grid does not grow into empty space.
    m_grid->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    editLayout->addWidget(m_grid);

    auto *problemsLabel = new QLabel(tr("&Problems:"), editPage);
    editLayout->addWidget(problemsLabel);
    m_findingList = new KeyEditorFindingList(editPage);
    m_findingList->setMinimumHeight(m_findingList->fontMetrics().lineSpacing() * 4);
    problemsLabel->setBuddy(m_findingList);
    editLayout->addWidget(m_findingList, 1);
    m_pages->addWidget(editPage);

    m_review = new KeyReviewPanel(m_pages);
    m_pages->addWidget(m_review);

    m_sendError = new QLabel(this);
    m_sendError->setObjectName(u"sendMessage"_s);
    m_sendError->setWordWrap(true);
    m_sendError->setTextFormat(Qt::PlainText);
    layout->addWidget(m_sendError);

    auto *buttons = new QHBoxLayout;
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_backButton = new QPushButton(tr("&Back"), this);
    m_backButton->setObjectName(u"backButton"_s);
    m_reviewButton = new QPushButton(tr("&Review..."), this);
    m_reviewButton->setObjectName(u"reviewButton"_s);
    m_reviewButton->setToolTip(tr("Show what will be sent (Ctrl+Return)"));
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setToolTip(tr("Send the request (Ctrl+Return)"));
    for (QPushButton *button : {m_cancelButton, m_backButton, m_reviewButton, m_sendButton}) {
        button->setAutoDefault(false);
        button->setAccessibleName(button->text().remove(u'&').remove(u"..."_s));
    }
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_sendButton);
    layout->addLayout(buttons);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_pages->currentIndex() == EditPage)
                review();
            else
                send();
        });
    }
    connect(m_nameEdit, &QLineEdit::textChanged, this, &KeyEditorDialog::refreshFindings);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this,
            &KeyEditorDialog::refreshFindings);
    connect(m_grid->gridModel(), &ScopeGridModel::scopesEdited, this,
            &KeyEditorDialog::refreshFindings);
    connect(m_findingList, &KeyEditorFindingList::findingActivated, this,
            [this](int row, int column) {
                if (row < 0) {
                    m_nameEdit->setFocus();
                    return;
                }
                m_grid->setCurrentIndex(m_grid->gridModel()->index(row, column));
                m_grid->setFocus();
            });
    connect(m_review, &KeyReviewPanel::acknowledgementChanged, this,
            &KeyEditorDialog::refreshFindings);
    connect(m_cancelButton, &QPushButton::clicked, this, &KeyEditorDialog::reject);
    connect(m_backButton, &QPushButton::clicked, this, &KeyEditorDialog::backToEditing);
    connect(m_reviewButton, &QPushButton::clicked, this, &KeyEditorDialog::review);
    connect(m_sendButton, &QPushButton::clicked, this, &KeyEditorDialog::send);
    resize(std::max(640, sizeHint().width()), sizeHint().height());
}

void KeyEditorDialog::loadKey(const ApiKey &key)
{
    m_original = key;
    m_nameEdit->setText(key.name);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(key.status)));
    m_grid->setKey(key);
    m_pages->setCurrentIndex(EditPage);
    m_nameEdit->setFocus();
    refreshFindings();
}

ApiKey KeyEditorDialog::draft() const
{
    ApiKey key = m_original;
    key.name = m_nameEdit->text().trimmed();
    key.status = KeyStatus(m_statusCombo->currentData().toInt());
    key.scopes = m_grid->gridModel()->scopes();
    return key;
}

bool KeyEditorDialog::isModified() const
{
    if (m_mode == Mode::Edit)
        return pendingBody().has_value();
    return !m_nameEdit->text().trimmed().isEmpty() || m_grid->gridModel()->isModified() ||
           m_statusCombo->currentData().toInt() != int(KeyStatus::Enabled);
}

QList<PolicyFinding> KeyEditorDialog::findings() const
{
    return ScopePolicy::checkName(m_nameEdit->text()) + m_grid->gridModel()->findings();
}

bool KeyEditorDialog::hasBlockingErrors() const
{
    return ScopePolicy::hasErrors(findings());
}

std::optional<QByteArray> KeyEditorDialog::pendingBody() const
{
    const Dialect dialect = m_client ? m_client->settings().dialect : Dialect::Docs;
    if (m_mode == Mode::Create)
        return ApiKeyCodec::encodeCreateBody(draft(), dialect);
    return ApiKeyCodec::encodeUpdateBody(m_original, draft(), dialect);
}

bool KeyEditorDialog::isReviewing() const
{
    return m_pages->currentIndex() == ReviewPage;
}

bool KeyEditorDialog::canSend() const
{
    return isReviewing() && !m_sending && m_client && !m_keyMissing && !hasBlockingErrors() &&
           pendingBody().has_value() && m_review->isAcknowledged();
}

void KeyEditorDialog::refreshFindings()
{
    const QList<PolicyFinding> all = findings();
    const QList<PolicyFinding> nameFindings = ScopePolicy::checkName(m_nameEdit->text());
    QPalette palette = m_nameMessage->palette();
    if (nameFindings.isEmpty()) {
        m_nameMessage->clear();
        m_nameMessage->setVisible(false);
    } else {
        palette.setColor(QPalette::WindowText, KeyEditorFindingList::severityColour(
                                                   nameFindings.first().severity, palette));
        m_nameMessage->setPalette(palette);
        m_nameMessage->setText(nameFindings.first().message);
        m_nameMessage->setVisible(true);
    }
    m_nameEdit->setAccessibleDescription(m_nameMessage->text());

    m_findingList->setFindings(all, m_grid->gridModel());

    const bool errors = ScopePolicy::hasErrors(all);
    m_reviewButton->setEnabled(!errors && !m_sending);
    m_reviewButton->setVisible(!isReviewing());
    m_backButton->setVisible(isReviewing());
    m_backButton->setEnabled(!m_sending);
    m_sendButton->setVisible(isReviewing());
    m_sendButton->setEnabled(canSend());
    if (m_keyMissing) {
        // Whatever the user does next, this stays the reason Send is off.
        m_sendError->setText(keyMissingText());
    } else if (errors && !isReviewing()) {
        m_sendError->setText(tr("Fix the problems marked in red before sending."));
    } else if (isReviewing() && !pendingBody()) {
        m_sendError->setText(tr("Nothing changed, so there is nothing to send."));
    } else if (isReviewing() && !m_review->isAcknowledged()) {
        m_sendError->setText(tr("Acknowledge the protected scopes warning to send."));
    } else if (!m_sending && m_lastSendFailed) {
        return; // keep the last failure's explanation until the next edit
    } else {
        m_sendError->clear();
    }
}

void KeyEditorDialog::review()
{
    if (m_sending)
        return;
    // A cell still being edited (Ctrl+Return straight from the Targets editor) is committed
    // first: its editor commits when the focus leaves it.
    m_grid->commitOpenEditor();
    if (hasBlockingErrors()) {
        m_findingList->setFocus();
        return;
    }
    m_review->setReview(m_mode == Mode::Edit ? &m_original : nullptr, draft(), pendingBody());
    m_lastSendFailed = false;
    m_pages->setCurrentIndex(ReviewPage);
    refreshFindings();
    (m_review->needsAcknowledgement() ? static_cast<QWidget *>(m_review->acknowledgeCheckBox())
                                      : m_sendButton)
        ->setFocus();
}

void KeyEditorDialog::backToEditing()
{
    if (m_sending)
        return;
    m_pages->setCurrentIndex(EditPage);
    m_lastSendFailed = false;
    refreshFindings();
    m_grid->setFocus();
}

void KeyEditorDialog::setEditingEnabled(bool enabled)
{
    m_pages->setEnabled(enabled);
    m_cancelButton->setEnabled(enabled);
    refreshFindings();
}

void KeyEditorDialog::send()
{
    if (!canSend())
        return;
    const std::optional<QByteArray> body = pendingBody();
    ApiCall *call = m_mode == Mode::Edit ? m_client->updateKey(m_original.id, *body)
                                         : m_client->createKey(draft());
    m_sending = true;
    m_lastSendFailed = false;
    m_sendError->setText(tr("Sending..."));
    setEditingEnabled(false);
    connect(call, &ApiCall::finished, this, &KeyEditorDialog::onCallFinished);

    // Parented to the editor's owner: on success the editor closes, the answer stays.
    auto *dialog = new ResponseDialog(call, m_settings, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_responseDialog = dialog;
    dialog->open();
}

void KeyEditorDialog::onCallFinished(const ApiResult &result)
{
    m_sending = false;
    if (!result.isSuccess()) {
        // Every edit stays as it was; the response dialog explains, this line remembers.
        const QString code =
            result.exchange.gotResponse() ? QString::number(result.exchange.httpStatus)
            : result.exchange.failure == TransportFailure::Cancelled ? tr("cancelled")
                                                                     : tr("no response");
        m_lastSendFailed = true;
        if (m_mode == Mode::Edit && result.exchange.httpStatus == 404) {
            // Sending again cannot succeed: say so, and let the table follow the server.
            m_keyMissing = true;
            setEditingEnabled(true);
            m_sendError->setText(keyMissingText());
            Q_EMIT keyMissing(m_original.id);
            return;
        }
        setEditingEnabled(true);
        m_sendError->setText(tr("Not saved (%1). Your edits are kept: go Back to change them, or "
                                "Send again.")
                                 .arg(code));
        qCInfo(lcUi) << "key editor: request failed with" << result.exchange.httpStatus;
        return;
    }
    if (m_mode == Mode::Edit) {
        Q_EMIT keyUpdated(m_original.id);
        accept();
        return;
    }
    const auto *created = std::get_if<CreatedKey>(&result.payload);
    const QString id = created ? created->id : QString();
    if (created) {
        auto *secret =
            new SecretDialog(created->secret, id, draft().name, m_clipboard, parentWidget());
        secret->setAttribute(Qt::WA_DeleteOnClose);
        if (result.exchange.bodySends > 1)
            secret->warnOfPossibleDuplicate();
        m_secretDialog = secret;
        secret->open();
    }
    Q_EMIT keyCreated(id);
    accept();
}

QString KeyEditorDialog::keyMissingText()
{
    return tr("Not saved (404): this key no longer exists on the server - it may have been "
              "deleted elsewhere. Close the editor.");
}

void KeyEditorDialog::reject()
{
    if (m_sending)
        return;                          // the response dialog's Cancel stops the request
    if (!isModified() || m_keyMissing) { // edits of a deleted key have nowhere to go
        QDialog::reject();
        return;
    }
    if (m_discardBox)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard changes?"),
                                tr("Your changes to this key have not been sent. Discard them?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardChangesBox"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            QDialog::reject();
    });
    m_discardBox = box;
    box->open();
}

} // namespace discue
