// The console's table headers are measured in the font they paint with; QHeaderView measures
// in bold, which loaded a second font face at start-up only for the measurement.
#include "PlainHeaderView.h"

#include <QStandardItemModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

constexpr int section = 0;
const QString label = u"Last used by the whole organization"_s;

} // namespace

class TestPlainHeaderView : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model{1, 2};

    void setUpHeader(QHeaderView *header)
    {
        header->setModel(&m_model);
        header->setSortIndicatorShown(true);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
    }

private Q_SLOTS:
    void initTestCase() { m_model.setHorizontalHeaderLabels({label, u"Id"_s}); }

    void sectionsFitTheirLabelInThePaintedFont()
    {
        PlainHeaderView plain;
        QHeaderView stock(Qt::Horizontal);
        stock.setHighlightSections(false); // it still measures bold
        setUpHeader(&plain);
        setUpHeader(&stock);
        QFont bold = plain.font();
        bold.setBold(true);
        const int boldWidth = QFontMetrics(bold).size(0, label).width();
        const int plainWidth = plain.fontMetrics().size(0, label).width();
        QVERIFY2(boldWidth > plainWidth, "the test needs a label that is wider in bold");
        // The same margins and sort arrow around the text, and the text as wide as painted.
        QCOMPARE(plain.sectionSize(section), stock.sectionSize(section) - (boldWidth - plainWidth));
        QCOMPARE(plain.sizeHint().height(), stock.sizeHint().height());
    }

    void aHeaderThatHighlightsIsMeasuredBold()
    {
        PlainHeaderView plain;
        QHeaderView stock(Qt::Horizontal);
        plain.setHighlightSections(true);
        stock.setHighlightSections(true);
        setUpHeader(&plain);
        setUpHeader(&stock);
        QCOMPARE(plain.sectionSize(section), stock.sectionSize(section));
    }

    void behavesAsATableHeaderOtherwise()
    {
        PlainHeaderView header;
        QCOMPARE(header.orientation(), Qt::Horizontal);
        QVERIFY(header.sectionsClickable());
        QVERIFY(!header.highlightSections());
    }
};

QTEST_MAIN(TestPlainHeaderView)
#include "tst_plainheaderview.moc"
