#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

bool isAllowedBaseUrl(const QUrl &url, QString *whyNot)
{
    const auto refuse = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(QCoreApplication::translate(
            "discue::ConnectionProfile", "The address is not a valid URL with a host name."));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    if (scheme != u"http")
        return refuse(QCoreApplication::translate("discue::ConnectionProfile",
                                                  "Only https:// addresses are supported."));
    if (!isLoopbackHost(url.host()))
        return refuse(QCoreApplication::translate(
            "discue::ConnectionProfile",
            "Plain http:// is only allowed for this computer (localhost, 127.0.0.1, "
            "::1); use https:// so that the API key travels encrypted."));
    return true;
}

QString apiKeyFromEnvironment()
{
    return qEnvironmentVariable(apiKeyEnvironmentVariable);
}

ConnectionProfile commandLineProfile(const QUrl &baseUrl)
{
    ConnectionProfile profile;
    profile.id = u"command-line"_s;
    profile.name = QCoreApplication::translate("discue::ConnectionProfile", "Command line");
    profile.baseUrl = baseUrl;
    profile.transient = true;
    return profile;
}

} // namespace discue
