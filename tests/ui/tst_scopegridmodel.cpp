// The scope editor's grid model: nine rows in API order plus kept unknown rows, locked
// protected rows that no setData can change, findings on the row they concern, and the
// edited scopes it hands back - all under QAbstractItemModelTester.
#include "ScopeGridModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QString idA = u"MbCS6UB_m7NdvyDOE8stT"_s;
const QString idB = u"_Tzrg1O3jk4_FZTAEThNq"_s;

ApiKey keyWithProtectedAndUnknown()
{
    ApiKey key;
    key.id = u"k1k1k1k1k1k1k1k1k1k1k"_s;
    key.name = u"web console key"_s;
    ApiKeyScope channels;
    channels.resource = Resource::Unknown;
    channels.resourceName = u"channels"_s;
    channels.access = Access::Read;
    channels.targets = {u"*"_s};
    key.scopes = {ApiKeyScope::make(Resource::ApiKeys, Access::Write),
                  ApiKeyScope::make(Resource::Queues, Access::Read, {idA}), channels,
                  ApiKeyScope::make(Resource::Subscriptions, Access::Read)};
    return key;
}

QModelIndex cell(const ScopeGridModel &model, Resource resource, int column)
{
    return model.index(model.rowOf(resource), column);
}

} // namespace

class TestScopeGridModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheNineResourcesInApiOrderThenUnknownOnes()
    {
        ScopeGridModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKey(keyWithProtectedAndUnknown());
        QCOMPARE(model.rowCount(), 10);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, ScopeGridModel::ResourceColumn).data().toString());
        QCOMPARE(names, (QStringList{u"api_clients"_s, u"api_keys"_s, u"events"_s, u"queues"_s,
                                     u"listeners"_s, u"messages"_s, u"schemas"_s, u"stats"_s,
                                     u"subscriptions"_s, u"channels"_s}));
        QCOMPARE(cell(model, Resource::Queues, ScopeGridModel::AccessColumn).data().toString(),
                 u"Read"_s);
        QCOMPARE(cell(model, Resource::Queues, ScopeGridModel::TargetsColumn).data().toString(),
                 idA);
        QCOMPARE(cell(model, Resource::ApiKeys, ScopeGridModel::TargetsColumn).data().toString(),
                 u"All (*)"_s);
        QCOMPARE(cell(model, Resource::Events, ScopeGridModel::AccessColumn).data().toString(),
                 u"None"_s);
        QVERIFY(!cell(model, Resource::Queues, ScopeGridModel::ResourceColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        // A fresh key for creating: nine rows, nothing granted.
        model.setKey(ApiKey{});
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(model.scopes().isEmpty());
    }

    void protectedRowsAreLockedAndKeptAsTheyWere()
    {
        ScopeGridModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ApiKey key = keyWithProtectedAndUnknown();
        model.setKey(key);
        for (Resource resource :
             {Resource::ApiClients, Resource::ApiKeys, Resource::Subscriptions}) {
            const QModelIndex access = cell(model, resource, ScopeGridModel::AccessColumn);
            QVERIFY(!(access.flags() & Qt::ItemIsEditable));
            QVERIFY(access.data(ScopeGridModel::ProtectedRole).toBool());
            QVERIFY(!model.setData(access, int(Access::Write)));
            QVERIFY(!model.setData(access, u"write"_s));
            QVERIFY(!model.setData(cell(model, resource, ScopeGridModel::TargetsColumn),
                                   QStringList{u"*"_s}));
            const QModelIndex name = cell(model, resource, ScopeGridModel::ResourceColumn);
            QVERIFY(name.data(Qt::DecorationRole).canConvert<QIcon>());
            QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"cannot be set via the API"));
        }
        // The unknown row is read-only too.
        const QModelIndex channels =
            model.index(model.rowOfName(u"channels"_s), ScopeGridModel::AccessColumn);
        QVERIFY(!model.setData(channels, int(Access::Write)));

        // Editing a settable row keeps the protected and unknown scopes exactly.
        QVERIFY(model.setData(cell(model, Resource::Stats, ScopeGridModel::AccessColumn),
                              int(Access::Read)));
        const QList<ApiKeyScope> scopes = model.scopes();
        QCOMPARE(scopes.size(), 5);
        QVERIFY(scopes.contains(key.scopes[0]));
        QVERIFY(scopes.contains(key.scopes[2]));
        QVERIFY(scopes.contains(key.scopes[3]));
        QVERIFY(!ScopePolicy::hasErrors(model.findings()));
    }

    void editsChangeScopesAndAreReported()
    {
        ScopeGridModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKey(keyWithProtectedAndUnknown());
        QVERIFY(!model.isModified());
        QSignalSpy edited(&model, &ScopeGridModel::scopesEdited);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QModelIndex access = cell(model, Resource::Events, ScopeGridModel::AccessColumn);
        QVERIFY(!(cell(model, Resource::Events, ScopeGridModel::TargetsColumn).flags() &
                  Qt::ItemIsEditable));
        QVERIFY(model.setData(access, int(Access::Write)));
        QCOMPARE(edited.size(), 1);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex().row(), access.row());
        QVERIFY(model.isModified());
        // A new grant starts on all targets.
        QCOMPARE(cell(model, Resource::Events, ScopeGridModel::TargetsColumn).data(Qt::EditRole),
                 QVariant(QStringList{u"*"_s}));

        QVERIFY(model.setData(cell(model, Resource::Events, ScopeGridModel::TargetsColumn),
                              QString(idA + u",  " + idB + u"\n")));
        QCOMPARE(model.scopes().at(1),
                 ApiKeyScope::make(Resource::Events, Access::Write, {idA, idB}));

        // Back to None removes the grant; back to the original removes the change.
        QVERIFY(model.setData(access, int(Access::None)));
        QVERIFY(!model.isModified());
        QVERIFY(model.setData(access, u"Read"_s));
        QVERIFY(!model.setData(access, u"admin"_s));
        QVERIFY(!model.setData(access, 7));
    }

    void findingsSitOnTheirRow()
    {
        ScopeGridModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKey(keyWithProtectedAndUnknown());
        const QModelIndex targets = cell(model, Resource::Queues, ScopeGridModel::TargetsColumn);

        QVERIFY(model.setData(targets, QString(u"not-an-id, "_s + idA + u", " + idA)));
        const QList<PolicyFinding> rowFindings = model.findingsForRow(targets.row());
        QCOMPARE(rowFindings.size(), 2);
        QCOMPARE(rowFindings[0].targetIndex, 0);
        QCOMPARE(rowFindings[1].targetIndex, 2);
        QCOMPARE(targets.data(ScopeGridModel::FindingSeverityRole).toInt(), int(Severity::Error));
        QVERIFY(targets.data(ScopeGridModel::FindingTextRole).toString().contains(u"not-an-id"));
        QVERIFY(targets.data(Qt::BackgroundRole).canConvert<QColor>());
        QVERIFY(ScopePolicy::hasErrors(model.findings()));
        // Other rows stay clean.
        QCOMPARE(cell(model, Resource::Stats, 0).data(ScopeGridModel::FindingSeverityRole).toInt(),
                 -1);

        QVERIFY(model.setData(targets, QStringList{}));
        QVERIFY(targets.data(ScopeGridModel::FindingTextRole).toString().contains(u"no targets"));

        // Risky grants warn without blocking.
        QVERIFY(model.setData(targets, QStringList{u"*"_s}));
        QVERIFY(model.setData(cell(model, Resource::Queues, ScopeGridModel::AccessColumn),
                              int(Access::Write)));
        QCOMPARE(targets.data(ScopeGridModel::FindingSeverityRole).toInt(), int(Severity::Warning));
        QVERIFY(!ScopePolicy::hasErrors(model.findings()));
    }

    void readOnlyModeEditsNothing()
    {
        ScopeGridModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKey(keyWithProtectedAndUnknown());
        model.setReadOnly(true);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(!(model.index(row, column).flags() & Qt::ItemIsEditable));
        }
        QVERIFY(!model.setData(cell(model, Resource::Stats, ScopeGridModel::AccessColumn),
                               int(Access::Read)));
        QVERIFY(!model.isModified());
    }

    void parsesTypedTargets()
    {
        QCOMPARE(ScopeGridModel::parseTargets(u" a, b\nc  d,,e;f "),
                 (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s}));
        QCOMPARE(ScopeGridModel::parseTargets(u" , \n"), QStringList{});
        QCOMPARE(ScopeGridModel::targetsEditText({idA, idB}), idA + u", " + idB);
    }
};

QTEST_MAIN(TestScopeGridModel)
#include "tst_scopegridmodel.moc"
