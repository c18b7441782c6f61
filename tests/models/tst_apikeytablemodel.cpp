// The key table's model and its filter proxy: what the table shows, how it sorts (by raw
// values, not by display text), what the search and quick filters keep, and that updates
// touch only the changed row. Both models run under QAbstractItemModelTester.
#include "ApiKeyTableModel.h"
#include "KeyFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

constexpr qint64 day = 24LL * 60 * 60 * 1000;
constexpr qint64 now = 1'780'000'000'000; // a fixed "now" in 2026

ApiKey makeKey(const QString &id, const QString &name, KeyStatus status, QList<ApiKeyScope> scopes,
               std::optional<qint64> lastUsed, const QString &prefix = u"ab1"_s)
{
    ApiKey key;
    key.id = id;
    key.name = name;
    key.status = status;
    key.keyPrefix = prefix;
    key.scopes = std::move(scopes);
    key.createdAt = now - 100 * day;
    key.updatedAt = now - 50 * day;
    key.lastUsedAt = lastUsed;
    return key;
}

QList<ApiKey> sampleKeys()
{
    return {
        makeKey(u"AAAAAAAAAAAAAAAAAAAA1"_s, u"billing worker"_s, KeyStatus::Enabled,
                {ApiKeyScope::make(Resource::Queues, Access::Write)}, now - 2 * 60 * 60 * 1000,
                u"q7x"_s),
        makeKey(u"AAAAAAAAAAAAAAAAAAAA2"_s, u"Analytics"_s, KeyStatus::Disabled,
                {ApiKeyScope::make(Resource::Stats, Access::Read)}, now - 90 * day, u"st2"_s),
        makeKey(u"AAAAAAAAAAAAAAAAAAAA3"_s, u"console admin"_s, KeyStatus::Enabled,
                {ApiKeyScope::make(Resource::ApiKeys, Access::Write),
                 ApiKeyScope::make(Resource::Messages, Access::Read,
                                   {u"MbCS6UB_m7NdvyDOE8stT"_s, u"_Tzrg1O3jk4_FZTAEThNq"_s})},
                std::nullopt, u"ZZ9"_s),
        makeKey(u"AAAAAAAAAAAAAAAAAAAA4"_s, u"webhook relay"_s, KeyStatus::Enabled,
                {ApiKeyScope::make(Resource::Listeners, Access::Read)}, now - 5 * 60 * 1000,
                u"wr4"_s),
    };
}

// `count` keys named "key number <i>" after the samples, last used in a scattered order.
QList<ApiKey> numberedKeys(int count)
{
    const QList<ApiKey> samples = sampleKeys();
    QList<ApiKey> keys;
    keys.reserve(count);
    for (int i = 0; i < count; ++i) {
        ApiKey key = samples.at(i % samples.size());
        key.id = u"K%1"_s.arg(i, 20, 10, QChar(u'0'));
        key.name = u"key number %1"_s.arg(i);
        key.lastUsedAt = now - qint64(i) * 7919 % count * 1000;
        keys.append(key);
    }
    return keys;
}

// Lets every ordering on the thread pool finish and the model take (or drop) its result:
// deterministic where a wait would only be likely to suffice.
void finishPoolWork()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

// Enough keys for the model to sort them on the thread pool.
QList<ApiKey> longList()
{
    return numberedKeys(int(ApiKeyTableModel::rowsWorthThePool) + 100);
}

QStringList proxyColumn(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

// Counts data() calls, to show that filtering and sorting do not go through them.
class CountingModel : public ApiKeyTableModel
{
public:
    mutable int dataCalls = 0;
    QVariant data(const QModelIndex &index, int role) const override
    {
        ++dataCalls;
        return ApiKeyTableModel::data(index, role);
    }
};

} // namespace

class TestApiKeyTableModel : public QObject
{
    Q_OBJECT

private:
    ApiKeyTableModel *m_model = nullptr;
    KeyFilterProxy *m_proxy = nullptr;

    // Every row is found under its id and comes before the next one in the model's order.
    bool indexAndOrderAgree() const
    {
        const KeyRowOrder order = m_model->rowOrder();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->rowOfId(m_model->keyAt(row).id) != row)
                return false;
            if (row > 0 && !order.before(m_model->keyAt(row - 1), m_model->scopeSummaryAt(row - 1),
                                         m_model->keyAt(row), m_model->scopeSummaryAt(row)))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_model = new ApiKeyTableModel(this);
        m_model->setClock([] { return now; });
        new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
        m_proxy = new KeyFilterProxy(this);
        m_proxy->setClock([] { return now; });
        m_proxy->setSourceModel(m_model);
        new QAbstractItemModelTester(
            m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy);
        m_model->setKeys(sampleKeys());
    }

    void cleanup()
    {
        delete m_proxy;
        delete m_model;
    }

    void showsEveryColumnWithReadableText()
    {
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), 8);
        QCOMPARE(m_model->headerData(ApiKeyTableModel::Scopes, Qt::Horizontal).toString(),
                 u"Scopes"_s);
        const int row = m_model->rowOfId(u"AAAAAAAAAAAAAAAAAAAA3"_s);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return m_model->index(row, column).data(role);
        };
        QCOMPARE(cell(ApiKeyTableModel::Name).toString(), u"console admin"_s);
        QCOMPARE(cell(ApiKeyTableModel::Status).toString(), u"Enabled"_s);
        QCOMPARE(cell(ApiKeyTableModel::KeyPrefix).toString(), u"ZZ9"_s);
        QCOMPARE(cell(ApiKeyTableModel::Scopes).toString(), u"api_keys W *, messages R 2 ids"_s);
        QCOMPARE(cell(ApiKeyTableModel::LastUsed).toString(), u"never"_s);
        const int used = m_model->rowOfId(u"AAAAAAAAAAAAAAAAAAAA1"_s);
        QCOMPARE(m_model->index(used, ApiKeyTableModel::LastUsed).data().toString(),
                 u"2 hours ago"_s);
        // The exact time is one hover away.
        QCOMPARE(m_model->index(used, ApiKeyTableModel::LastUsed).data(Qt::ToolTipRole).toString(),
                 ApiKeyTableModel::exactTime(now - 2 * 60 * 60 * 1000));
        QCOMPARE(cell(0, ApiKeyTableModel::KeyRole).value<ApiKey>(), sampleKeys().at(2));
    }

    void disabledRowsAreMuted()
    {
        m_model->setMutedColor(QColor(1, 2, 3));
        const int disabled = m_model->rowOfId(u"AAAAAAAAAAAAAAAAAAAA2"_s);
        const int enabled = m_model->rowOfId(u"AAAAAAAAAAAAAAAAAAAA1"_s);
        QCOMPARE(m_model->index(disabled, ApiKeyTableModel::Name)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 QColor(1, 2, 3));
        QVERIFY(
            !m_model->index(enabled, ApiKeyTableModel::Name).data(Qt::ForegroundRole).isValid());
        QCOMPARE(m_model->disabledCount(), 1);
    }

    void rowsArePreparedInNameOrderIgnoringCaseThenById()
    {
        const QList<ApiKey> keys{
            makeKey(u"BBBBBBBBBBBBBBBBBBBB2"_s, u"zeta"_s, KeyStatus::Enabled, {}, std::nullopt),
            makeKey(u"BBBBBBBBBBBBBBBBBBBB9"_s, u"Alpha"_s, KeyStatus::Enabled, {}, std::nullopt),
            makeKey(u"BBBBBBBBBBBBBBBBBBBB1"_s, u"alpha"_s, KeyStatus::Enabled, {}, std::nullopt),
            makeKey(u"BBBBBBBBBBBBBBBBBBBB5"_s, u"Beta"_s, KeyStatus::Disabled, {}, std::nullopt)};
        // Prepared on another thread, as the console does, then swapped in.
        ApiKeyTableModel::Rows rows;
        std::thread worker([&] { rows = ApiKeyTableModel::prepareRows(keys); });
        worker.join();
        m_model->setRows(std::move(rows));
        QStringList ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(m_model->keyAt(row).id);
        QCOMPARE(ids, (QStringList{u"BBBBBBBBBBBBBBBBBBBB1"_s, u"BBBBBBBBBBBBBBBBBBBB9"_s,
                                   u"BBBBBBBBBBBBBBBBBBBB5"_s, u"BBBBBBBBBBBBBBBBBBBB2"_s}));
        QCOMPARE(m_model->rowOfId(u"BBBBBBBBBBBBBBBBBBBB2"_s), 3);
        QCOMPARE(m_model->searchTextAt(2).section(u'\n', 0, 0), u"beta"_s);
    }

    void updateKeyChangesOnlyThatRow()
    {
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        ApiKey key = sampleKeys().at(3);
        key.status = KeyStatus::Disabled;
        key.name = u"webhook relay (paused)"_s;
        m_model->updateKey(key);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 3);
        QCOMPARE(bottomRight.row(), 3);
        QCOMPARE(m_model->index(3, ApiKeyTableModel::Status).data().toString(), u"Disabled"_s);
        QCOMPARE(m_model->disabledCount(), 2);
        // The search text follows the new name.
        m_proxy->setSearchText(u"PAUSED"_s);
        QCOMPARE(m_proxy->rowCount(), 1);
    }

    void anUnknownKeyIsInsertedWhereItsNameBelongs()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        ApiKey key = sampleKeys().at(0);
        key.id = u"BBBBBBBBBBBBBBBBBBBB1"_s;
        key.name = u"Billing Worker"_s; // same name ignoring case: the id breaks the tie
        m_model->updateKey(key);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(proxyColumn(*m_proxy, ApiKeyTableModel::Name),
                 (QStringList{u"Analytics"_s, u"billing worker"_s, u"Billing Worker"_s,
                              u"console admin"_s, u"webhook relay"_s}));
        QVERIFY(indexAndOrderAgree());
    }

    void aRenameMovesTheRowAndTheSelectionWithIt()
    {
        QItemSelectionModel selection(m_proxy);
        const int analytics = m_model->rowOfId(u"AAAAAAAAAAAAAAAAAAAA2"_s);
        selection.select(m_proxy->mapFromSource(m_model->index(analytics, 0)),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        ApiKey key = sampleKeys().at(1);
        key.name = u"zz analytics (old)"_s;
        m_model->updateKey(key);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(proxyColumn(*m_proxy, ApiKeyTableModel::Name),
                 (QStringList{u"billing worker"_s, u"console admin"_s, u"webhook relay"_s,
                              u"zz analytics (old)"_s}));
        QVERIFY(indexAndOrderAgree());
        // The selected key is still the selected key, now in the last row.
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).data(ApiKeyTableModel::IdRole).toString(),
                 u"AAAAAAAAAAAAAAAAAAAA2"_s);
        // And back to the top.
        key.name = u"A-analytics"_s;
        m_model->updateKey(key);
        QCOMPARE(m_model->rowOfId(key.id), 0);
        QCOMPARE(moved.count(), 2);
        QVERIFY(indexAndOrderAgree());
    }

    void sortingIsTheModelsAndSelectionFollowsIt()
    {
        QItemSelectionModel selection(m_proxy);
        selection.select(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows); // Analytics
        m_proxy->sort(ApiKeyTableModel::LastUsed, Qt::DescendingOrder);
        QCOMPARE(m_model->rowOrder(),
                 (KeyRowOrder{ApiKeyTableModel::LastUsed, Qt::DescendingOrder}));
        // The proxy does not sort: it shows the model's rows in the model's order.
        QCOMPARE(proxyColumn(*m_proxy, ApiKeyTableModel::Name),
                 proxyColumn(*m_model, ApiKeyTableModel::Name));
        QCOMPARE(proxyColumn(*m_model, ApiKeyTableModel::Name),
                 (QStringList{u"webhook relay"_s, u"billing worker"_s, u"Analytics"_s,
                              u"console admin"_s}));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).data().toString(), u"Analytics"_s);
        QVERIFY(indexAndOrderAgree());
        // A reload keeps the chosen order.
        m_model->setKeys(sampleKeys());
        QCOMPARE(proxyColumn(*m_model, ApiKeyTableModel::Name).first(), u"webhook relay"_s);
    }

    void descendingIsAscendingReversed()
    {
        QList<ApiKey> keys = sampleKeys();
        for (ApiKey &key : keys)
            key.status = KeyStatus::Enabled; // all tied: only the ids order them
        m_model->setKeys(keys);
        m_model->sort(ApiKeyTableModel::Status, Qt::AscendingOrder);
        QStringList ascending = proxyColumn(*m_model, ApiKeyTableModel::Id);
        m_model->sort(ApiKeyTableModel::Status, Qt::DescendingOrder);
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(proxyColumn(*m_model, ApiKeyTableModel::Id), ascending);
    }

    void rowsPreparedInAnOlderOrderAreReorderedWhenSet()
    {
        // A list prepared by name while the user sorted by last use meanwhile.
        ApiKeyTableModel::Rows rows = ApiKeyTableModel::prepareRows(sampleKeys());
        m_model->sort(ApiKeyTableModel::LastUsed, Qt::AscendingOrder);
        m_model->setRows(std::move(rows));
        QCOMPARE(proxyColumn(*m_model, ApiKeyTableModel::Name),
                 (QStringList{u"console admin"_s, u"Analytics"_s, u"billing worker"_s,
                              u"webhook relay"_s}));
        QVERIFY(indexAndOrderAgree());
    }

    void aSearchIsOneLayoutChangeAndKeepsMatchingSelectedRows()
    {
        // Scattered matches: every third key. A view pays per signal, so the proxy must not
        // announce the rows that stopped matching as removals, run by run.
        QList<ApiKey> keys;
        for (int i = 0; i < 300; ++i) {
            ApiKey key = sampleKeys().at(0);
            key.id = u"K%1"_s.arg(i, 20, 10, QChar(u'0'));
            key.name = (i % 3 == 0 ? u"match %1"_s : u"other %1"_s).arg(i, 3, 10, QChar(u'0'));
            keys.append(key);
        }
        m_model->setKeys(keys);
        QItemSelectionModel selection(m_proxy);
        const auto select = [&](const QString &id) {
            selection.select(m_proxy->mapFromSource(m_model->index(m_model->rowOfId(id), 0)),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };
        select(u"K00000000000000000003"_s); // "match 003"
        select(u"K00000000000000000004"_s); // "other 004"
        QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
        m_proxy->setSearchText(u"match"_s);
        QCOMPARE(m_proxy->rowCount(), 100);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).data().toString(), u"match 003"_s);
        m_proxy->setQuickFilter(KeyFilterProxy::QuickFilter::Disabled);
        QCOMPARE(m_proxy->rowCount(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(layout.count(), 2);
    }

    void anIdListedTwiceIsOneRow()
    {
        QList<ApiKey> keys = sampleKeys();
        ApiKey again = keys.at(1);
        again.name = u"Analytics (listed again)"_s;
        keys.append(again);
        m_model->setKeys(keys);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->keyAt(m_model->rowOfId(again.id)).name, again.name); // the last one
        QVERIFY(indexAndOrderAgree());
        // Removing it leaves no row behind that the index cannot find.
        QVERIFY(m_model->removeKey(again.id));
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(indexAndOrderAgree());
    }

    void updatesKeepADescendingOrderByAnotherColumn()
    {
        m_model->sort(ApiKeyTableModel::LastUsed, Qt::DescendingOrder);
        ApiKey key = sampleKeys().at(2); // "console admin", never used: last
        key.lastUsedAt = now;            // now the most recent use: first
        m_model->updateKey(key);
        QCOMPARE(m_model->keyAt(0).id, key.id);
        ApiKey fresh = sampleKeys().at(0);
        fresh.id = u"BBBBBBBBBBBBBBBBBBBB1"_s;
        fresh.lastUsedAt = now - 30 * day; // between "2 hours ago" and "90 days ago"
        m_model->updateKey(fresh);
        QCOMPARE(proxyColumn(*m_model, ApiKeyTableModel::Id),
                 (QStringList{u"AAAAAAAAAAAAAAAAAAAA3"_s, u"AAAAAAAAAAAAAAAAAAAA4"_s,
                              u"AAAAAAAAAAAAAAAAAAAA1"_s, u"BBBBBBBBBBBBBBBBBBBB1"_s,
                              u"AAAAAAAAAAAAAAAAAAAA2"_s}));
        QVERIFY(indexAndOrderAgree());
    }

    void rowsPreparedByNameAreReorderedByScopesWhenSet()
    {
        ApiKeyTableModel::Rows rows = ApiKeyTableModel::prepareRows(sampleKeys());
        m_model->sort(ApiKeyTableModel::Scopes, Qt::AscendingOrder);
        m_model->setRows(std::move(rows));
        QStringList summaries = proxyColumn(*m_model, ApiKeyTableModel::Scopes);
        QStringList sorted = summaries;
        sorted.sort();
        QCOMPARE(summaries, sorted);
        QVERIFY(indexAndOrderAgree());
    }

    void searchIgnoresCaseBeyondAscii()
    {
        QList<ApiKey> keys = sampleKeys();
        keys[0].name = u"ÜBERWEISUNGEN Straße"_s;
        m_model->setKeys(keys);
        m_proxy->setSearchText(u"überweisungen"_s);
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSearchText(u"STRAẞE"_s);
        QCOMPARE(m_proxy->rowCount(), 1);
        // Plain ASCII rows: everything lowered, ids included.
        m_proxy->setSearchText(u"AAAAAAAAAAAAAAAAAAAA4"_s);
        QCOMPARE(proxyColumn(*m_proxy, ApiKeyTableModel::Name), QStringList{u"webhook relay"_s});
    }

    void removeKeyRemovesTheRowAndKeepsIdsFindable()
    {
        QVERIFY(m_model->removeKey(u"AAAAAAAAAAAAAAAAAAAA2"_s));
        QVERIFY(!m_model->removeKey(u"AAAAAAAAAAAAAAAAAAAA2"_s));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOfId(u"AAAAAAAAAAAAAAAAAAAA4"_s), 2);
        QCOMPARE(m_model->keyAt(2).name, u"webhook relay"_s);
        QCOMPARE(m_proxy->rowCount(), 3);
        QVERIFY(indexAndOrderAgree());
    }

    void quickFilters_data()
    {
        QTest::addColumn<KeyFilterProxy::QuickFilter>("filter");
        QTest::addColumn<QStringList>("names");
        // The model orders keys by name, ignoring case (prepareRows).
        QTest::newRow("all") << KeyFilterProxy::QuickFilter::All
                             << QStringList{u"Analytics"_s, u"billing worker"_s, u"console admin"_s,
                                            u"webhook relay"_s};
        QTest::newRow("enabled") << KeyFilterProxy::QuickFilter::Enabled
                                 << QStringList{u"billing worker"_s, u"console admin"_s,
                                                u"webhook relay"_s};
        QTest::newRow("disabled") << KeyFilterProxy::QuickFilter::Disabled
                                  << QStringList{u"Analytics"_s};
        QTest::newRow("wildcard write") << KeyFilterProxy::QuickFilter::WildcardWrite
                                        << QStringList{u"billing worker"_s, u"console admin"_s};
        // Never used counts as unused.
        QTest::newRow("unused 30 days") << KeyFilterProxy::QuickFilter::Unused30Days
                                        << QStringList{u"Analytics"_s, u"console admin"_s};
        QTest::newRow("protected")
            << KeyFilterProxy::QuickFilter::HasProtectedScopes << QStringList{u"console admin"_s};
    }

    void quickFilters()
    {
        QFETCH(KeyFilterProxy::QuickFilter, filter);
        QFETCH(QStringList, names);
        m_proxy->setQuickFilter(filter);
        QCOMPARE(proxyColumn(*m_proxy, ApiKeyTableModel::Name), names);
    }

    void unusedFilterFollowsTheClock()
    {
        m_proxy->setQuickFilter(KeyFilterProxy::QuickFilter::Unused30Days);
        QCOMPARE(m_proxy->rowCount(), 2);
        m_proxy->setClock([] { return now + 31 * day; });
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void searchCoversNameIdPrefixAndScopes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("name, any case") << u"ANALYT"_s << QStringList{u"Analytics"_s};
        QTest::newRow("id") << u"aaaaaaaaaaaaaaaaaaaa4"_s << QStringList{u"webhook relay"_s};
        QTest::newRow("key prefix") << u"zz9"_s << QStringList{u"console admin"_s};
        QTest::newRow("scope summary") << u"stats r"_s << QStringList{u"Analytics"_s};
        QTest::newRow("surrounding blanks") << u"  relay "_s << QStringList{u"webhook relay"_s};
        QTest::newRow("nothing") << u"no such key"_s << QStringList{};
    }

    void searchCoversNameIdPrefixAndScopes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        m_proxy->setSearchText(text);
        QCOMPARE(proxyColumn(*m_proxy, ApiKeyTableModel::Name), names);
    }

    void searchAndQuickFilterCombine()
    {
        m_proxy->setSearchText(u"e"_s);
        m_proxy->setQuickFilter(KeyFilterProxy::QuickFilter::WildcardWrite);
        QCOMPARE(proxyColumn(*m_proxy, ApiKeyTableModel::Name),
                 (QStringList{u"billing worker"_s, u"console admin"_s}));
    }

    void sortsByRawValues()
    {
        const auto namesSortedBy = [this](int column, Qt::SortOrder order) {
            m_proxy->sort(column, order);
            return proxyColumn(*m_proxy, ApiKeyTableModel::Name);
        };
        // "2 hours ago" < "5 minutes ago" as text, but 5 minutes ago is the more recent use.
        QCOMPARE(namesSortedBy(ApiKeyTableModel::LastUsed, Qt::AscendingOrder),
                 (QStringList{u"console admin"_s, u"Analytics"_s, u"billing worker"_s,
                              u"webhook relay"_s}));
        QCOMPARE(namesSortedBy(ApiKeyTableModel::LastUsed, Qt::DescendingOrder).last(),
                 u"console admin"_s);
        // Names ignore case.
        QCOMPARE(namesSortedBy(ApiKeyTableModel::Name, Qt::AscendingOrder),
                 (QStringList{u"Analytics"_s, u"billing worker"_s, u"console admin"_s,
                              u"webhook relay"_s}));
        QCOMPARE(namesSortedBy(ApiKeyTableModel::Status, Qt::DescendingOrder).first(),
                 u"Analytics"_s);
    }

    void ownKeyIsRecognisedByItsPrefix()
    {
        const int own = m_model->rowOfId(u"AAAAAAAAAAAAAAAAAAAA3"_s);
        QVERIFY(!m_model->index(own, 0).data(ApiKeyTableModel::OwnKeyRole).toBool());
        // Only the head of the secret is kept.
        QCOMPARE(ApiKeyTableModel::ownKeyHintFromSecret(u"ZZ9abcdefghijklmnopqrstuvwxyz"_s),
                 u"ZZ9abcde"_s);
        m_model->setOwnKeyHint(ApiKeyTableModel::ownKeyHintFromSecret(u"ZZ9abcdefghijklmnop"_s));
        QVERIFY(m_model->index(own, 0).data(ApiKeyTableModel::OwnKeyRole).toBool());
        int owned = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            owned += m_model->index(row, 0).data(ApiKeyTableModel::OwnKeyRole).toBool();
        QCOMPARE(owned, 1);
    }

    void aLongListIsSortedOffTheGuiThreadAndTheSelectionFollows()
    {
        m_model->setKeys(longList());
        QItemSelectionModel selection(m_proxy);
        selection.select(m_proxy->index(10, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString selectedId = m_proxy->index(10, 0).data(ApiKeyTableModel::IdRole).toString();
        QSignalSpy sorting(m_model, &ApiKeyTableModel::sortingChanged);
        QSignalSpy layoutChanges(m_model, &QAbstractItemModel::layoutChanged);
        const KeyRowOrder wanted{ApiKeyTableModel::LastUsed, Qt::DescendingOrder};
        m_proxy->sort(wanted.column, wanted.order);
        // The click returns at once; the rows move when the pool has ordered them.
        QCOMPARE(m_model->rowOrder(), KeyRowOrder{});
        QCOMPARE(m_model->requestedOrder(), wanted);
        QVERIFY(m_model->isSorting());
        QCOMPARE(sorting.size(), 1);
        QCOMPARE(sorting.at(0).at(0).toBool(), true);
        QTRY_COMPARE(m_model->rowOrder(), wanted);
        QVERIFY(!m_model->isSorting());
        QCOMPARE(sorting.size(), 2);
        QCOMPARE(sorting.at(1).at(0).toBool(), false);
        QCOMPARE(layoutChanges.size(), 1);
        QVERIFY(indexAndOrderAgree());
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).data(ApiKeyTableModel::IdRole).toString(),
                 selectedId);
    }

    void aNewerSortReplacesOneUnderWay()
    {
        m_model->setKeys(longList());
        QSignalSpy layoutChanges(m_model, &QAbstractItemModel::layoutChanged);
        m_model->sort(ApiKeyTableModel::LastUsed, Qt::DescendingOrder);
        m_model->sort(ApiKeyTableModel::Created, Qt::AscendingOrder);
        m_model->sort(ApiKeyTableModel::Name, Qt::DescendingOrder);
        finishPoolWork(); // all three orderings are done; only the last may be taken
        QCOMPARE(m_model->rowOrder(), (KeyRowOrder{ApiKeyTableModel::Name, Qt::DescendingOrder}));
        QVERIFY(!m_model->isSorting());
        QCOMPARE(layoutChanges.size(), 1);
        QVERIFY(indexAndOrderAgree());
    }

    void sortingBackToTheRowsOrderEndsTheSort()
    {
        m_model->setKeys(longList());
        QSignalSpy layoutChanges(m_model, &QAbstractItemModel::layoutChanged);
        m_model->sort(ApiKeyTableModel::LastUsed, Qt::DescendingOrder);
        m_model->sort(ApiKeyTableModel::Name, Qt::AscendingOrder); // the order the rows have
        QVERIFY(!m_model->isSorting());
        finishPoolWork();
        QCOMPARE(m_model->rowOrder(), KeyRowOrder{});
        QCOMPARE(layoutChanges.size(), 0);
    }

    void keysChangedWhileSortingAreInPlaceWhenTheOrderLands()
    {
        const QList<ApiKey> keys = longList();
        m_model->setKeys(keys);
        QItemSelectionModel selection(m_model);
        const int selectedRow = m_model->rowOfId(keys.at(50).id);
        selection.select(m_model->index(selectedRow, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const KeyRowOrder wanted{ApiKeyTableModel::LastUsed, Qt::AscendingOrder};
        m_model->sort(wanted.column, wanted.order);
        ApiKey added = keys.at(0);
        added.id = u"NEWNEWNEWNEWNEWNEWNEW"_s;
        added.lastUsedAt = now - 1000 * day; // the longest unused: first in this order
        m_model->updateKey(added);
        QVERIFY(m_model->removeKey(keys.at(1).id));
        ApiKey used = keys.at(2);
        used.lastUsedAt = now; // just used: last
        m_model->updateKey(used);
        selection.select(m_model->index(m_model->rowOfId(added.id), 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy layoutChanges(m_model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserts(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moves(m_model, &QAbstractItemModel::rowsMoved);
        // The ordering of the copy lands although keys changed since it was made - changes
        // that keep coming (a bulk action) must not keep the rows from ever moving - and in
        // one layout change: one row move per changed key made the proxy re-lay out each time.
        finishPoolWork();
        QCOMPARE(layoutChanges.size(), 1);
        QCOMPARE(inserts.size() + moves.size(), 0);
        QVERIFY(!m_model->isSorting());
        QCOMPARE(m_model->rowOrder(), wanted);
        QCOMPARE(m_model->rowCount(), keys.size());
        QCOMPARE(m_model->rowOfId(keys.at(1).id), -1);
        QCOMPARE(m_model->keyAt(0).id, added.id);
        QCOMPARE(m_model->keyAt(m_model->rowCount() - 1).id, used.id);
        QCOMPARE(m_model->keyAt(m_model->rowCount() - 1).lastUsedAt, used.lastUsedAt);
        QVERIFY(indexAndOrderAgree());
        // Both selected keys are still selected: one unchanged, one added during the sort.
        QStringList selectedIds;
        for (const QModelIndex &row : selection.selectedRows())
            selectedIds.append(row.data(ApiKeyTableModel::IdRole).toString());
        selectedIds.sort();
        QCOMPARE(selectedIds, (QStringList{keys.at(50).id, added.id}));
    }

    void keysChangingThroughManySortsStayOneRowEachInOrder()
    {
        // Sorts landing while keys are added, changed and removed, some landing after several
        // changes, some replaced by newer sorts: afterwards every key is one row, where the
        // order puts it, findable by its id. (A model of its own, checked by the model tester
        // but without the proxy's: with it the 100 changes took seconds.)
        delete m_proxy;
        m_proxy = nullptr;
        QList<ApiKey> keys = longList();
        m_model->setKeys(keys);
        QHash<QString, ApiKey> expected;
        for (const ApiKey &key : std::as_const(keys))
            expected.insert(key.id, key);
        QRandomGenerator random(42);
        for (int round = 0; round < 20; ++round) {
            m_model->sort(int(random.bounded(int(ApiKeyTableModel::ColumnCount))),
                          random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            for (int change = 0; change < 5; ++change) {
                ApiKey key = keys.at(int(random.bounded(int(keys.size()))));
                switch (random.bounded(3)) {
                case 0: // renamed and used
                    key.name = u"renamed %1 %2"_s.arg(round).arg(change);
                    key.lastUsedAt = now - random.bounded(100000) * 1000LL;
                    m_model->updateKey(key);
                    expected.insert(key.id, key);
                    break;
                case 1: // removed (again, maybe)
                    m_model->removeKey(key.id);
                    expected.remove(key.id);
                    break;
                default: // added, or back after a removal
                    key.id = u"ADDED%1"_s.arg(round * 10 + change, 16, 10, QChar(u'0'));
                    m_model->updateKey(key);
                    expected.insert(key.id, key);
                    keys.append(key);
                    break;
                }
            }
            if (round % 3 == 0)
                finishPoolWork();
        }
        finishPoolWork();
        QVERIFY(!m_model->isSorting());
        QCOMPARE(m_model->rowOrder(), m_model->requestedOrder());
        QCOMPARE(m_model->rowCount(), expected.size());
        for (const ApiKey &key : std::as_const(expected)) {
            const int row = m_model->rowOfId(key.id);
            QVERIFY2(row >= 0, qPrintable(key.id));
            QCOMPARE(m_model->keyAt(row).name, key.name);
        }
        QVERIFY(indexAndOrderAgree());
    }

    void aLongListPreparedInAnOlderOrderIsSortedOnThePool()
    {
        m_model->setKeys(longList());
        const KeyRowOrder wanted{ApiKeyTableModel::LastUsed, Qt::DescendingOrder};
        m_model->sort(wanted.column, wanted.order);
        // A refresh prepared by name meanwhile: shown at once, ordered on the pool.
        const QList<ApiKey> refreshed = numberedKeys(5000);
        m_model->setRows(ApiKeyTableModel::prepareRows(refreshed));
        QCOMPARE(m_model->rowCount(), 5000);
        QVERIFY(m_model->isSorting());
        finishPoolWork();
        QVERIFY(!m_model->isSorting());
        QCOMPARE(m_model->rowOrder(), wanted);
        QCOMPARE(m_model->rowCount(), 5000); // not the old rows' ordering
        QVERIFY(indexAndOrderAgree());
    }

    void aListPreparedInTheRequestedOrderEndsTheSort()
    {
        m_model->setKeys(longList());
        const KeyRowOrder wanted{ApiKeyTableModel::LastUsed, Qt::DescendingOrder};
        m_model->sort(wanted.column, wanted.order);
        m_model->setRows(ApiKeyTableModel::prepareRows(numberedKeys(5000), wanted));
        QVERIFY(!m_model->isSorting());
        QCOMPARE(m_model->rowOrder(), wanted);
        finishPoolWork(); // the ordering of the old rows finishes and is dropped
        QCOMPARE(m_model->rowCount(), 5000);
        QVERIFY(indexAndOrderAgree());
    }

    void aModelDestroyedWhileSortingIsNotCalledBack()
    {
        auto *model = new ApiKeyTableModel;
        model->setKeys(longList());
        model->sort(ApiKeyTableModel::LastUsed, Qt::DescendingOrder);
        QVERIFY(model->isSorting());
        delete model;
        // The task ends on its own copy; a call back into the deleted model would be caught
        // by AddressSanitizer (this test runs in the asan build too).
        finishPoolWork();
    }

    void filteringAHundredThousandRowsStaysInteractive()
    {
        QList<ApiKey> keys = numberedKeys(100'000);
        for (int i = 0; i < keys.size(); ++i)
            keys[i].lastUsedAt = sampleKeys().at(i % 4).lastUsedAt; // a quarter never used
        CountingModel model;
        KeyFilterProxy proxy;
        proxy.setClock([] { return now; });
        proxy.setSourceModel(&model);
        model.setKeys(std::move(keys));
        QCOMPARE(proxy.rowCount(), 100'000);
        model.dataCalls = 0;
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(u"number 4242"_s);
        QCOMPARE(proxy.rowCount(), 11); // 4242 and 42420..42429
        proxy.setSearchText(u"number"_s);
        proxy.setQuickFilter(KeyFilterProxy::QuickFilter::Disabled);
        QCOMPARE(proxy.rowCount(), 25'000);
        proxy.sort(ApiKeyTableModel::LastUsed);
        proxy.sort(ApiKeyTableModel::Scopes);
        QCOMPARE(proxy.rowCount(), 25'000);
        // Filtering and sorting read the precomputed search text and the keys directly: no
        // QVariant per row and cell. That, not the clock, is what keeps a keystroke cheap on a
        // machine under any load; the time bound only catches a pathological regression.
        QCOMPARE(model.dataCalls, 0);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestApiKeyTableModel)
#include "tst_apikeytablemodel.moc"
