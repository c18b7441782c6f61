#include "ConnectionProfileDialog.h"

#include "ApiKeysClient.h"
#include "StatusCatalogue.h"
#include "TextEmphasis.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace discue {

ConnectionProfileDialog::ConnectionProfileDialog(const ConnectionProfile &profile,
                                                 bool hasStoredKey, QNetworkAccessManager *network,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_hasStoredKey(hasStoredKey)
    , m_network(network)
{
    setObjectName(u"connectionProfileDialog"_s);
    setWindowTitle(profile.id.isEmpty() ? tr("New connection profile")
                                        : tr("Connection profile %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_name = new QLineEdit(profile.name, this);
    m_name->setObjectName(u"profileName"_s);
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_name);

    m_url = new QLineEdit(profile.baseUrl.toString(), this);
    m_url->setObjectName(u"profileUrl"_s);
    m_url->setAccessibleName(tr("Base URL"));
    form->addRow(tr("Base &URL:"), m_url);

    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(u"profileDialect"_s);
    m_dialect->setAccessibleName(tr("API dialect"));
    m_dialect->addItem(tr("Documentation (name, scopes as a list)"), int(Dialect::Docs));
    m_dialect->addItem(tr("Terraform provider (alias, scopes by resource)"),
                       int(Dialect::Provider));
    m_dialect->setCurrentIndex(m_dialect->findData(int(profile.dialect)));
    form->addRow(tr("&Dialect:"), m_dialect);

    m_production = new QCheckBox(tr("This is a &production organization (red badge)"), this);
    m_production->setObjectName(u"profileProduction"_s);
    m_production->setAccessibleName(tr("Production"));
    m_production->setChecked(profile.production);
    form->addRow(QString(), m_production);

    m_key = new QLineEdit(this);
    m_key->setObjectName(u"profileApiKey"_s);
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(hasStoredKey ? tr("Stored in the keychain - type to replace")
                                           : tr("The organization's API key"));
    form->addRow(tr("API &key:"), m_key);
    layout->addLayout(form);

    auto *note = new QLabel(tr("The key is kept in the system keychain, never in the settings "
                               "file. It needs the api_keys scope."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"profileProblem"_s);
    m_problem->setWordWrap(true);
    setTextEmphasis(m_problem, Emphasis::Problem);
    layout->addWidget(m_problem);

    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"profileTestResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_testResult);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_testButton = m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionProfileDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_url, m_key})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionProfileDialog::validate);
    validate();
    setMinimumWidth(520);
}

ConnectionProfileDialog::~ConnectionProfileDialog()
{
    if (m_testCall)
        m_testCall->cancel();
}

ConnectionProfile ConnectionProfileDialog::profile() const
{
    ConnectionProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl(m_url->text().trimmed());
    profile.dialect = Dialect(m_dialect->currentData().toInt());
    profile.production = m_production->isChecked();
    return profile;
}

QString ConnectionProfileDialog::apiKey() const
{
    return m_key->text().trimmed();
}

QString ConnectionProfileDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the profile a name.");
    QString whyNot;
    if (!isAllowedBaseUrl(QUrl(m_url->text().trimmed()), &whyNot))
        return whyNot;
    if (apiKey().isEmpty() && !m_hasStoredKey)
        return tr("Enter the API key the console should use.");
    return {};
}

bool ConnectionProfileDialog::isTesting() const
{
    return m_testCall != nullptr;
}

QString ConnectionProfileDialog::testResultText() const
{
    return m_testResult->text();
}

void ConnectionProfileDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(text.isEmpty());
    // Testing needs a key typed here: a stored one stays in the keychain.
    QString whyNot;
    m_testButton->setEnabled(!isTesting() && !apiKey().isEmpty() &&
                             isAllowedBaseUrl(QUrl(m_url->text().trimmed()), &whyNot));
}

void ConnectionProfileDialog::testConnection()
{
    if (isTesting())
        return;
    if (!m_testClient)
        m_testClient = new ApiKeysClient(m_network, this);
    ClientSettings settings;
    settings.baseUrl = QUrl(m_url->text().trimmed());
    settings.dialect = Dialect(m_dialect->currentData().toInt());
    settings.apiKey = apiKey();
    settings.maxAttempts = 1;
    settings.timeoutMs = 15000;
    m_testClient->setSettings(settings);
    m_testResult->setText(tr("Testing: GET %1 ...").arg(m_testClient->keysUrl().toDisplayString()));
    m_testCall = m_testClient->listKeys();
    validate();
    connect(m_testCall, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_testCall = nullptr;
        const StatusDescription description = StatusCatalogue::describe(result.exchange);
        QString text = description.title + u" - "_s + description.meaning;
        if (const auto *list = std::get_if<ApiKeyList>(&result.payload))
            text = tr("%1 - the key works; the organization has %2 keys.")
                       .arg(description.title)
                       .arg(list->keys.size());
        else if (!description.advice.isEmpty())
            text += u' ' + description.advice;
        setTextEmphasis(m_testResult, result.isSuccess() ? Emphasis::Success : Emphasis::Problem);
        m_testResult->setText(text);
        validate();
        Q_EMIT testFinished(result.isSuccess());
    });
}

} // namespace discue
