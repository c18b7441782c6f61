// ScopePolicy: the rules the key editor shows while the user types - names, targets,
// duplicates, protected scopes and risky grants - each as a finding on the field it concerns.
#include "ScopePolicy.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QString idA = u"_Tzrg1O3jk4_FZTAEThNq"_s;
const QString idB = u"MbCS6UB_m7NdvyDOE8stT"_s;

QList<Severity> severities(const QList<PolicyFinding> &findings)
{
    QList<Severity> result;
    for (const PolicyFinding &finding : findings)
        result.append(finding.severity);
    return result;
}

const PolicyFinding *findingFor(const QList<PolicyFinding> &findings, const QString &field)
{
    for (const PolicyFinding &finding : findings) {
        if (finding.field == field)
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestScopePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settableAndProtectedResources()
    {
        QCOMPARE(ScopePolicy::settableResources(),
                 (QList<Resource>{Resource::Events, Resource::Queues, Resource::Listeners,
                                  Resource::Messages, Resource::Schemas, Resource::Stats}));
        for (Resource resource :
             {Resource::ApiClients, Resource::ApiKeys, Resource::Subscriptions}) {
            QVERIFY(ScopePolicy::isProtected(resource));
            QVERIFY(!ScopePolicy::isSettable(resource));
        }
        QVERIFY(!ScopePolicy::isSettable(Resource::Unknown));
        QVERIFY(!ScopePolicy::isProtected(Resource::Unknown));
    }

    void targetValidation_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("valid");
        QTest::newRow("wildcard") << u"*"_s << true;
        QTest::newRow("docs id") << idA << true;
        QTest::newRow("20 chars") << idA.left(20) << false;
        QTest::newRow("22 chars") << QString(idA + u'x') << false;
        QTest::newRow("dollar") << u"_Tzrg1O3jk4_FZTAEThN$"_s << false;
        QTest::newRow("space") << u"_Tzrg1O3jk4_FZTAEThN "_s << false;
        QTest::newRow("non-ascii letter") << u"_Tzrg1O3jk4_FZTAEThNé"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("two wildcards") << u"**"_s << false;
    }
    void targetValidation()
    {
        QFETCH(QString, target);
        QFETCH(bool, valid);
        QCOMPARE(ScopePolicy::isValidTarget(target), valid);
        QCOMPARE(ScopePolicy::isValidResourceId(target), valid && target != u"*");
    }

    void nameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<Severity>>("expected");
        const QList<Severity> none;
        QTest::newRow("plain") << u"ci-runner"_s << none;
        QTest::newRow("all allowed characters") << u"ops/ci runner_1.0-b"_s << none;
        QTest::newRow("blanks around are trimmed") << u"  deploy bot  "_s << none;
        QTest::newRow("64 chars") << QString(64, u'a') << none;
        QTest::newRow("4 chars") << u"abcd"_s << none;
        QTest::newRow("empty") << QString() << QList<Severity>{Severity::Error};
        QTest::newRow("only blanks") << u"    "_s << QList<Severity>{Severity::Error};
        QTest::newRow("65 chars") << QString(65, u'a') << QList<Severity>{Severity::Error};
        QTest::newRow("3 chars") << u"abc"_s << QList<Severity>{Severity::Warning};
        QTest::newRow("1 char") << u"x"_s << QList<Severity>{Severity::Warning};
        QTest::newRow("accented") << u"clé de test"_s << QList<Severity>{Severity::Warning};
        QTest::newRow("colon") << u"team: ops"_s << QList<Severity>{Severity::Warning};
    }
    void nameRules()
    {
        QFETCH(QString, name);
        QFETCH(QList<Severity>, expected);
        const QList<PolicyFinding> findings = ScopePolicy::checkName(name);
        QCOMPARE(severities(findings), expected);
        for (const PolicyFinding &finding : findings) {
            QCOMPARE(finding.field, u"name"_s);
            QVERIFY(!finding.message.isEmpty());
        }
    }

    void aNameWarningNamesTheCharactersOtherToolsMayShowDifferently()
    {
        const QList<PolicyFinding> findings =
            ScopePolicy::checkName(u"caf\u00e9 \U0001F600 deploy\u00e9"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Severity::Warning);
        const QString message = findings.first().message;
        // Each one once, an emoji whole; the safe characters are said in so many words.
        QVERIFY2(message.contains(u"\u00e9  \U0001F600."_s), qPrintable(message));
        QCOMPARE(message.count(u'\u00e9'), 1);
        QVERIFY2(message.contains(u"A-Z, a-z, 0-9"_s), qPrintable(message));
        QVERIFY2(
            ScopePolicy::checkName(u"no\u00a0break"_s).first().message.contains(u"another kind"_s),
            "a no-break space is named as a space of another kind");
        QVERIFY(ScopePolicy::checkName(u"tab\tname"_s).first().message.contains(u"U+0009"_s));
        // Invisible characters and direction overrides are named by their code.
        const QString hidden =
            ScopePolicy::checkName(u"deploy\u200Bbot \u202Eevil"_s).first().message;
        QVERIFY2(hidden.contains(u"U+200B"_s) && hidden.contains(u"U+202E"_s), qPrintable(hidden));
        QVERIFY(!hidden.contains(QChar(0x202E)));
        // More than five are cut short.
        const QString many =
            ScopePolicy::checkName(u"\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6"_s).first().message;
        QVERIFY2(many.contains(u"\u00e4  \u2026"_s) && !many.contains(u'\u00e5'), qPrintable(many));
    }

    void theDocsExampleScopesAreAcceptedWithOneRiskWarning()
    {
        const QList<ApiKeyScope> scopes{
            ApiKeyScope::make(Resource::Queues, Access::Write, {u"*"_s}),
            ApiKeyScope::make(Resource::Listeners, Access::Write, {idA}),
            ApiKeyScope::make(Resource::Messages, Access::Read, {u"*"_s})};
        const QList<PolicyFinding> findings = ScopePolicy::checkScopes(scopes);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Severity::Warning);
        QCOMPARE(findings.first().field, u"scopes.queues.access"_s);
        QCOMPARE(findings.first().resource, Resource::Queues);
        QVERIFY(!ScopePolicy::hasErrors(findings));
    }

    void riskWarning_data()
    {
        QTest::addColumn<Resource>("resource");
        QTest::addColumn<Access>("access");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<bool>("warned");
        QTest::newRow("queues write *")
            << Resource::Queues << Access::Write << QStringList{u"*"_s} << true;
        QTest::newRow("messages write *")
            << Resource::Messages << Access::Write << QStringList{u"*"_s} << true;
        QTest::newRow("messages write id and *")
            << Resource::Messages << Access::Write << QStringList{idA, u"*"_s} << true;
        QTest::newRow("messages read *")
            << Resource::Messages << Access::Read << QStringList{u"*"_s} << false;
        QTest::newRow("queues write one id")
            << Resource::Queues << Access::Write << QStringList{idA} << false;
        QTest::newRow("events write *")
            << Resource::Events << Access::Write << QStringList{u"*"_s} << false;
        QTest::newRow("stats write *")
            << Resource::Stats << Access::Write << QStringList{u"*"_s} << false;
    }
    void riskWarning()
    {
        QFETCH(Resource, resource);
        QFETCH(Access, access);
        QFETCH(QStringList, targets);
        QFETCH(bool, warned);
        const auto findings =
            ScopePolicy::checkScopes({ApiKeyScope::make(resource, access, targets)});
        const QString field = u"scopes."_s + resourceWireName(resource) + u".access";
        const PolicyFinding *finding = findingFor(findings, field);
        QCOMPARE(finding != nullptr, warned);
        if (finding)
            QCOMPARE(finding->severity, Severity::Warning);
        QVERIFY(!ScopePolicy::hasErrors(findings));
    }

    void badTargetsAreErrorsAtTheirIndex()
    {
        const auto findings = ScopePolicy::checkScopes({ApiKeyScope::make(
            Resource::Listeners, Access::Read, {idA, u"not-an-id"_s, idB, idA})});
        const PolicyFinding *invalid = findingFor(findings, u"scopes.listeners.targets[1]"_s);
        QVERIFY(invalid);
        QCOMPARE(invalid->severity, Severity::Error);
        QCOMPARE(invalid->targetIndex, 1);
        QVERIFY(invalid->message.contains(u"not-an-id"_s));
        const PolicyFinding *duplicate = findingFor(findings, u"scopes.listeners.targets[3]"_s);
        QVERIFY(duplicate);
        QCOMPARE(duplicate->severity, Severity::Error);
        QCOMPARE(duplicate->targetIndex, 3);
        QCOMPARE(findings.size(), 2);
    }

    void emptyTargetListIsAnError()
    {
        const auto findings =
            ScopePolicy::checkScopes({ApiKeyScope::make(Resource::Schemas, Access::Read, {})});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().field, u"scopes.schemas.targets"_s);
        QCOMPARE(findings.first().severity, Severity::Error);
    }

    void wildcardNextToIdsIsNotedAsRedundant()
    {
        const auto findings = ScopePolicy::checkScopes(
            {ApiKeyScope::make(Resource::Events, Access::Read, {idA, u"*"_s})});
        QCOMPARE(severities(findings), QList<Severity>{Severity::Info});
        QCOMPARE(findings.first().field, u"scopes.events.targets"_s);
    }

    void sameResourceTwiceIsAnError()
    {
        const auto findings =
            ScopePolicy::checkScopes({ApiKeyScope::make(Resource::Stats, Access::Read),
                                      ApiKeyScope::make(Resource::Stats, Access::Write)});
        QCOMPARE(severities(findings), QList<Severity>{Severity::Error});
        QCOMPARE(findings.first().field, u"scopes.stats"_s);
        QCOMPARE(findings.first().resource, Resource::Stats);
    }

    void accessNoneIsAnError()
    {
        ApiKeyScope scope = ApiKeyScope::make(Resource::Events, Access::None);
        const auto findings =
            ScopePolicy::checkScopes({scope, ApiKeyScope::make(Resource::Stats, Access::Read)});
        QCOMPARE(severities(findings), QList<Severity>{Severity::Error});
        QCOMPARE(findings.first().field, u"scopes.events.access"_s);
    }

    void protectedScopes_data()
    {
        QTest::addColumn<QList<ApiKeyScope>>("original");
        QTest::addColumn<ApiKeyScope>("edited");
        QTest::addColumn<bool>("error");
        const ApiKeyScope carried = ApiKeyScope::make(Resource::ApiKeys, Access::Read);
        QTest::newRow("granting on create") << QList<ApiKeyScope>{} << carried << true;
        QTest::newRow("already carried, unchanged")
            << QList<ApiKeyScope>{carried} << carried << false;
        QTest::newRow("carried, access raised")
            << QList<ApiKeyScope>{carried} << ApiKeyScope::make(Resource::ApiKeys, Access::Write)
            << true;
        QTest::newRow("a different protected one")
            << QList<ApiKeyScope>{carried}
            << ApiKeyScope::make(Resource::Subscriptions, Access::Read) << true;
        QTest::newRow("api_clients on create")
            << QList<ApiKeyScope>{} << ApiKeyScope::make(Resource::ApiClients, Access::Write)
            << true;
    }
    void protectedScopes()
    {
        QFETCH(QList<ApiKeyScope>, original);
        QFETCH(ApiKeyScope, edited);
        QFETCH(bool, error);
        const QList<ApiKeyScope> settable{ApiKeyScope::make(Resource::Stats, Access::Read)};
        const auto findings =
            ScopePolicy::checkScopes(QList<ApiKeyScope>{edited} + settable, original + settable);
        QCOMPARE(ScopePolicy::hasErrors(findings), error);
        if (error) {
            QCOMPARE(findings.first().field, u"scopes."_s + resourceWireName(edited.resource));
            QCOMPARE(findings.first().resource, edited.resource);
        }
    }

    void unknownResourcesPass()
    {
        ApiKeyScope channels{Resource::Unknown, u"channels"_s, Access::Write, {u"*"_s}};
        QVERIFY(ScopePolicy::checkScopes({channels}).isEmpty());
    }

    void noScopesAtAll()
    {
        // Creating without scopes: the server grants its permissive default - a warning.
        const auto creating = ScopePolicy::checkScopes({});
        QCOMPARE(severities(creating), QList<Severity>{Severity::Warning});
        QCOMPARE(creating.first().field, u"scopes"_s);
        // Removing every scope of a key would need "scopes": [], which the API rejects.
        const auto removing =
            ScopePolicy::checkScopes({}, {ApiKeyScope::make(Resource::Events, Access::Read)});
        QCOMPARE(severities(removing), QList<Severity>{Severity::Error});
        // A key that only carries protected scopes, left as it is: nothing would be sent.
        const QList<ApiKeyScope> onlyProtected{ApiKeyScope::make(Resource::ApiKeys, Access::Read)};
        QVERIFY(ScopePolicy::checkScopes(onlyProtected, onlyProtected).isEmpty());
    }

    void checkCombinesNameAndScopes()
    {
        ApiKey original;
        original.name = u"deploy bot"_s;
        original.scopes = {ApiKeyScope::make(Resource::ApiKeys, Access::Read),
                           ApiKeyScope::make(Resource::Events, Access::Read)};
        ApiKey draft = original;
        QVERIFY(ScopePolicy::check(draft, &original).isEmpty());
        draft.name = QString();
        draft.scopes.append(ApiKeyScope::make(Resource::Queues, Access::Write, {u"bad"_s}));
        const auto findings = ScopePolicy::check(draft, &original);
        QVERIFY(findingFor(findings, u"name"_s));
        QVERIFY(findingFor(findings, u"scopes.queues.targets[0]"_s));
        QVERIFY(ScopePolicy::hasErrors(findings));
        // Without the original the protected scope counts as newly granted.
        QVERIFY(findingFor(ScopePolicy::check(original), u"scopes.api_keys"_s));
    }
};

QTEST_GUILESS_MAIN(TestScopePolicy)
#include "tst_scopepolicy.moc"
