// The domain types: wire names, scope helpers and the table's scope summary.
#include "ApiKey.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

class TestApiKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourcesAreTheNineOfTheContractInApiOrder()
    {
        QStringList names;
        for (Resource resource : knownResources())
            names.append(resourceWireName(resource));
        QCOMPARE(names, (QStringList{u"api_clients"_s, u"api_keys"_s, u"events"_s, u"queues"_s,
                                     u"listeners"_s, u"messages"_s, u"schemas"_s, u"stats"_s,
                                     u"subscriptions"_s}));
        QCOMPARE(resourceFromWireName(u"channels"), Resource::Unknown);
        QCOMPARE(resourceFromWireName(u"Queues"), Resource::Unknown);
    }

    void accessAndStatusWireNames()
    {
        QCOMPARE(accessFromWireName(u"write"), Access::Write);
        QCOMPARE(accessFromWireName(u"read"), Access::Read);
        QVERIFY(!accessFromWireName(u"none").has_value());
        QCOMPARE(statusFromWireName(u"disabled"), KeyStatus::Disabled);
        QVERIFY(!statusFromWireName(u"Enabled").has_value());
    }

    void summaryNamesAccessAndTargets()
    {
        ApiKey key;
        key.scopes = {ApiKeyScope::make(Resource::Queues, Access::Write),
                      ApiKeyScope::make(Resource::Messages, Access::Read,
                                        {u"_Tzrg1O3jk4_FZTAEThNq"_s, u"MbCS6UB_m7NdvyDOE8stT"_s})};
        QCOMPARE(key.scopeSummary(), u"queues W *, messages R 2 ids"_s);
        QVERIFY(key.hasWildcardWrite());
        QVERIFY(!key.hasProtectedScopes());
        QCOMPARE(key.accessFor(Resource::Messages), Access::Read);
        QCOMPARE(key.accessFor(Resource::Stats), Access::None);
    }

    void wildcardAnywhereInTargetsMeansAll()
    {
        const ApiKeyScope mixed = ApiKeyScope::make(Resource::Queues, Access::Write,
                                                    {u"_Tzrg1O3jk4_FZTAEThNq"_s, u"*"_s});
        QVERIFY(mixed.targetsAll());
        const ApiKeyScope ids =
            ApiKeyScope::make(Resource::Queues, Access::Write, {u"_Tzrg1O3jk4_FZTAEThNq"_s});
        QVERIFY(!ids.targetsAll());
    }

    void protectedScopesAreRecognised()
    {
        ApiKey key;
        key.scopes = {ApiKeyScope::make(Resource::ApiKeys, Access::Write)};
        QVERIFY(key.hasProtectedScopes());
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
