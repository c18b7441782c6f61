#include "ScopePolicy.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

constexpr qsizetype maxNameLength = 64;
constexpr qsizetype recommendedMinNameLength = 4;
constexpr qsizetype resourceIdLength = 21;

bool isIdChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
           c == u'_' || c == u'-';
}

bool isRecommendedNameChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
           c == u'.' || c == u'_' || c == u'/' || c == u' ' || c == u'-';
}

QString scopeName(const ApiKeyScope &scope)
{
    return scope.resource == Resource::Unknown ? scope.resourceName
                                               : resourceWireName(scope.resource);
}

PolicyFinding finding(QString field, Severity severity, QString message,
                      Resource resource = Resource::Unknown, int targetIndex = -1)
{
    return PolicyFinding{std::move(field), severity, std::move(message), resource, targetIndex};
}

const ApiKeyScope *findScope(const QList<ApiKeyScope> &scopes, const QString &name)
{
    for (const ApiKeyScope &scope : scopes) {
        if (scopeName(scope) == name)
            return &scope;
    }
    return nullptr;
}

} // namespace

bool ScopePolicy::isProtected(Resource resource)
{
    return resource == Resource::ApiClients || resource == Resource::ApiKeys ||
           resource == Resource::Subscriptions;
}

bool ScopePolicy::isSettable(Resource resource)
{
    return resource != Resource::Unknown && !isProtected(resource);
}

QList<Resource> ScopePolicy::settableResources()
{
    QList<Resource> resources = knownResources();
    resources.removeIf([](Resource resource) { return !isSettable(resource); });
    return resources;
}

bool ScopePolicy::isValidResourceId(QStringView id)
{
    return id.size() == resourceIdLength && std::all_of(id.begin(), id.end(), isIdChar);
}

bool ScopePolicy::isValidTarget(QStringView target)
{
    return target == wildcardTarget || isValidResourceId(target);
}

QList<PolicyFinding> ScopePolicy::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {finding(u"name"_s, Severity::Error, tr("Enter a name for the key."))};
    if (trimmed.size() > maxNameLength) {
        return {finding(u"name"_s, Severity::Error,
                        tr("The name is %1 characters long; the API accepts at most %2.")
                            .arg(trimmed.size())
                            .arg(maxNameLength))};
    }
    if (trimmed.size() < recommendedMinNameLength) {
        return {finding(u"name"_s, Severity::Warning,
                        tr("Names shorter than %1 characters are hard to tell apart.")
                            .arg(recommendedMinNameLength))};
    }
    // Named, not described: "é" is a letter to the user, just not one of A-Z.
    QStringList others;
    for (const char32_t c : trimmed.toUcs4()) { // an emoji is one character, not two halves
        if (c <= 0xffff && isRecommendedNameChar(QChar(char16_t(c))))
            continue;
        // Invisible ones (zero-width, bidi controls, combining marks) by their code, so that
        // the warning shows what it warns about and a direction override cannot turn it.
        const auto category = QChar::category(c);
        const bool invisible = category == QChar::Other_Format ||
                               category == QChar::Other_Control || QChar::isMark(c) ||
                               category == QChar::Separator_Line ||
                               category == QChar::Separator_Paragraph;
        const QString shown = invisible ? u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper()
                              : QChar::isSpace(c) ? tr("a space of another kind")
                                                  : QString::fromUcs4(&c, 1);
        if (!others.contains(shown))
            others.append(shown);
    }
    if (!others.isEmpty()) {
        constexpr qsizetype shownAtMost = 5;
        QString list = others.mid(0, shownAtMost).join(u"  "_s);
        if (others.size() > shownAtMost)
            list += u"  \u2026"_s;
        return {finding(u"name"_s, Severity::Warning,
                        tr("Other tools may show the name differently: it contains %1. "
                           "A-Z, a-z, 0-9, spaces and . _ / - show the same everywhere.")
                            .arg(list))};
    }
    return {};
}

QList<PolicyFinding> ScopePolicy::checkScopes(const QList<ApiKeyScope> &scopes,
                                              const QList<ApiKeyScope> &original)
{
    QList<PolicyFinding> findings;
    QSet<QString> seenResources;
    qsizetype granted = 0;

    for (const ApiKeyScope &scope : scopes) {
        const QString name = scopeName(scope);
        const QString field = u"scopes."_s + name;
        const Resource resource = scope.resource;

        if (seenResources.contains(name)) {
            findings.append(finding(field, Severity::Error,
                                    tr("\"%1\" appears more than once; the API rejects a "
                                       "resource listed twice.")
                                        .arg(name),
                                    resource));
            continue;
        }
        seenResources.insert(name);

        if (isProtected(resource)) {
            // The API can neither grant nor revoke these; one the key already carries is
            // shown locked, anything else would be rejected with 422.
            const ApiKeyScope *carried = findScope(original, name);
            if (!carried) {
                findings.append(finding(field, Severity::Error,
                                        tr("\"%1\" cannot be granted through the API; only the "
                                           "discue web console can grant it.")
                                            .arg(name),
                                        resource));
            } else if (*carried != scope) {
                findings.append(finding(field, Severity::Error,
                                        tr("\"%1\" cannot be changed through the API; only the "
                                           "discue web console can change it.")
                                            .arg(name),
                                        resource));
            }
            continue;
        }

        if (scope.access == Access::None) {
            findings.append(finding(field + u".access", Severity::Error,
                                    tr("Choose read or write access for \"%1\".").arg(name),
                                    resource));
            continue;
        }
        ++granted;

        if (scope.targets.isEmpty()) {
            findings.append(finding(field + u".targets", Severity::Error,
                                    tr("\"%1\" has no targets; add \"*\" for all or at least "
                                       "one id.")
                                        .arg(name),
                                    resource));
        }
        QSet<QString> seenTargets;
        for (qsizetype i = 0; i < scope.targets.size(); ++i) {
            const QString &target = scope.targets.at(i);
            const QString targetField = field + u".targets[" + QString::number(i) + u']';
            if (!isValidTarget(target)) {
                findings.append(finding(targetField, Severity::Error,
                                        tr("\"%1\" is not a valid target: use \"*\" or an id of "
                                           "21 letters, digits, \"_\" or \"-\".")
                                            .arg(target),
                                        resource, int(i)));
            } else if (seenTargets.contains(target)) {
                findings.append(finding(targetField, Severity::Error,
                                        tr("The target \"%1\" is listed twice.").arg(target),
                                        resource, int(i)));
            }
            seenTargets.insert(target);
        }
        if (scope.targets.size() > 1 && scope.targets.contains(wildcardTarget)) {
            findings.append(finding(field + u".targets", Severity::Info,
                                    tr("\"*\" already covers every %1; the ids next to it have "
                                       "no effect.")
                                        .arg(name),
                                    resource));
        }

        if (scope.access == Access::Write && scope.targetsAll() &&
            (resource == Resource::Messages || resource == Resource::Queues)) {
            findings.append(finding(field + u".access", Severity::Warning,
                                    tr("Write access to all %1 is a wide grant; limit it to "
                                       "specific ids where you can.")
                                        .arg(name),
                                    resource));
        }
    }

    if (granted == 0) {
        const bool originalGranted =
            std::any_of(original.cbegin(), original.cend(), [](const auto &s) {
                return !isProtected(s.resource) && s.access != Access::None;
            });
        if (originalGranted) {
            // An update would have to send "scopes": [], which the API rejects.
            findings.append(finding(u"scopes"_s, Severity::Error,
                                    tr("Grant at least one scope; the API does not accept a key "
                                       "without scopes.")));
        } else if (original.isEmpty()) {
            // Creating without scopes: the server assigns write on every resource.
            findings.append(finding(u"scopes"_s, Severity::Warning,
                                    tr("Without scopes the server grants write access to every "
                                       "resource.")));
        }
    }
    return findings;
}

QList<PolicyFinding> ScopePolicy::check(const ApiKey &draft, const ApiKey *original)
{
    QList<PolicyFinding> findings = checkName(draft.name);
    findings += checkScopes(draft.scopes, original ? original->scopes : QList<ApiKeyScope>{});
    return findings;
}

bool ScopePolicy::hasErrors(const QList<PolicyFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const PolicyFinding &f) { return f.severity == Severity::Error; });
}

} // namespace discue
