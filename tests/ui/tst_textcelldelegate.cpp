// The key table's cell painter must look exactly like Qt's own item painting - text, elision,
// alignment, the model's colours, selection and the focus frame - while laying the text out
// once. Each case paints the same table twice, with TextCellDelegate and with
// QStyledItemDelegate, and compares the pixels.
#include "ConsoleStyle.h"
#include "TextCellDelegate.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPainter>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

struct Cell
{
    Cell(const QString &cellText, Qt::Alignment cellAlignment = Qt::AlignLeft | Qt::AlignVCenter,
         const QColor &cellForeground = {})
        : text(cellText)
        , alignment(cellAlignment)
        , foreground(cellForeground)
    {}
    QString text;
    Qt::Alignment alignment;
    QColor foreground;
};

QImage paintTable(const QList<Cell> &cells, QAbstractItemDelegate *delegate,
                  Qt::LayoutDirection direction, bool selectFirstRow, QStyle *style = nullptr,
                  const QFont &font = QFont())
{
    QStandardItemModel model(int(cells.size()), 1);
    for (int row = 0; row < cells.size(); ++row) {
        auto *item = new QStandardItem(cells.at(row).text);
        item->setTextAlignment(cells.at(row).alignment);
        if (cells.at(row).foreground.isValid())
            item->setForeground(cells.at(row).foreground);
        model.setItem(row, 0, item);
    }
    QTableView view;
    if (style)
        view.setStyle(style);
    view.setFont(font);
    view.setLayoutDirection(direction);
    view.setWordWrap(false);
    view.setShowGrid(false);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setModel(&model);
    view.setItemDelegate(delegate);
    view.horizontalHeader()->resizeSection(0, 150);
    view.resize(220, 40 + 30 * int(cells.size()));
    if (selectFirstRow)
        view.setCurrentIndex(model.index(0, 0)); // selected, and the focus frame's cell
    view.show();
    view.activateWindow();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    return view.viewport()->grab().toImage();
}

// A style that paints items its own way, as the Windows style does (it recolours selected
// text): here every item is a plain red cell.
class OwnItemsStyle : public QProxyStyle
{
public:
    OwnItemsStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    {}
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (element == CE_ItemViewItem)
            painter->fillRect(option->rect, Qt::red);
        else
            QProxyStyle::drawControl(element, option, painter, widget);
    }
};

// Texts longer than the test table's column (elided in both paintings; checked below):
// words, combining marks, accents, other scripts, narrow and wide glyphs.
QStringList longTexts()
{
    return {
        u"billing-service staging (old runner, keep)"_s,
        u"api_clients W *, api_keys W *, queues R 1 id"_s,
        u"Cafe\u0301 Zu\u0308rich nai\u0308ve re\u0301sume\u0301 \u00e9\u00e8\u00ea"_s,
        u"\u0394\u03b9\u03b1\u03c7\u03b5\u03af\u03c1\u03b9\u03c3\u03b7 \u03ba\u03bb\u03b5\u03b9\u03b4\u03b9\u03ce\u03bd \u043a\u043b\u044e\u0447\u0435\u0439 \u0434\u043b\u044f \u0441\u0435\u0440\u0432\u0438\u0441\u0430"_s,
        u"WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"_s,
        u"iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii"_s,
        u"\u0645\u0641\u062a\u0627\u062d \u0627\u0644\u0645\u0634\u0631\u0641 \u0644\u0644\u062e\u062f\u0645\u0629 \u0627\u0644\u0642\u062f\u064a\u0645\u0629 \u0641\u064a \u0627\u0644\u0645\u0633\u062a\u0648\u062f\u0639"_s,
    };
}

QList<Cell> someCells()
{
    return {{u"admin (web console)"_s}, {u"xRQyQCh88633DCjmNwZJ4mVsd1vT8xQpB-Lw"_s}};
}

} // namespace

class TestTextCellDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsLikeQtsItemDelegate_data();
    void paintsLikeQtsItemDelegate();
    void elidesTextThatDoesNotFit();
    void unkernedAsciiHasNoLigatures();
    void fontsThatSubstituteInContextAreLaidOut();
    void underTheConsolesStyleToo();
    void leavesItemsToAStyleThatPaintsThemItsOwnWay();
};

void TestTextCellDelegate::paintsLikeQtsItemDelegate_data()
{
    QTest::addColumn<QList<Cell>>("cells");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<bool>("selectFirstRow");
    QTest::addColumn<QFont>("font");

    QList<Cell> table = {
        {u"admin (web console)"_s},
        // Longer than the column: elided at the right.
        {u"xRQyQCh88633DCjmNwZJ4mVsd1vT8xQpB-Lw"_s},
        {u"Enabled"_s, Qt::AlignRight | Qt::AlignVCenter},
        {u"Disabled"_s, Qt::AlignHCenter | Qt::AlignVCenter, QColor(u"#a0a0a0"_s)},
        {u"two\nlines"_s},
        {QString()},
    };
    for (const QString &text : longTexts())
        table.append(Cell(text)); // elided where Qt elides
    // Unkerned ASCII is drawn without shaping (UnshapedLine): placed, centred and elided at
    // the same pixels, also at fractional advances (the desktop's hinting here).
    const Qt::Alignment centred = Qt::AlignHCenter | Qt::AlignVCenter;
    for (const QString &text : {u"AVA"_s, u"Wj1"_s, u"Tiy"_s, u"x"_s})
        table.append(Cell(text, centred));
    table.append(Cell(u"  leading spaces"_s));
    table.append(Cell(u"trailing spaces  "_s, Qt::AlignRight | Qt::AlignVCenter));
    table.append(Cell(u"centred, trailing space "_s, centred));
    table.append(Cell(u"elided with trailing spaces, at the right     "_s,
                      Qt::AlignRight | Qt::AlignVCenter));
    table.append(Cell(u"Yr 2026-11-27 14:05 (AV.Ty)"_s, Qt::AlignRight | Qt::AlignVCenter));
    for (const QString &text : longTexts())
        table.append(Cell(text, centred));
    const QFont kerned;
    QFont unkerned;
    unkerned.setKerning(false);
    QFont crisp = unkerned;
    crisp.setHintingPreference(QFont::PreferFullHinting);
    const QList<std::pair<const char *, QFont>> fonts = {
        {"kerned", kerned}, {"unkerned", unkerned}, {"unkerned, fully hinted", crisp}};
    for (const auto &[name, font] : fonts) {
        QTest::addRow("left to right, %s", name) << table << false << false << font;
        QTest::addRow("selected, with focus, %s", name) << table << false << true << font;
        QTest::addRow("right to left, %s", name) << table << true << false << font;
        QTest::addRow("right to left, selected, %s", name) << table << true << true << font;
    }
}

void TestTextCellDelegate::paintsLikeQtsItemDelegate()
{
    QFETCH(QList<Cell>, cells);
    QFETCH(bool, rightToLeft);
    QFETCH(bool, selectFirstRow);
    QFETCH(QFont, font);
    const Qt::LayoutDirection direction = rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;

    QStyledItemDelegate qtDelegate;
    TextCellDelegate ours;
    const QImage expected =
        paintTable(cells, &qtDelegate, direction, selectFirstRow, nullptr, font);
    const QImage actual = paintTable(cells, &ours, direction, selectFirstRow, nullptr, font);
    QVERIFY(!expected.isNull());
    QCOMPARE(actual.size(), expected.size());
    if (actual != expected) {
        int differing = 0;
        for (int y = 0; y < actual.height(); ++y) {
            for (int x = 0; x < actual.width(); ++x)
                differing += actual.pixel(x, y) != expected.pixel(x, y);
        }
        QFAIL(qPrintable(u"%1 of %2 pixels differ from Qt's item painting"_s.arg(differing).arg(
            actual.width() * actual.height())));
    }
}

void TestTextCellDelegate::elidesTextThatDoesNotFit()
{
    // The comparison above holds only if both paint something: a long id must end in an
    // ellipsis, which shows as pixels that differ from the unelided text's.
    const QString id = u"xRQyQCh88633DCjmNwZJ4mVsd1vT8xQpB-Lw"_s;
    TextCellDelegate ours;
    const QImage elided = paintTable({{id}}, &ours, Qt::LeftToRight, false);
    const QImage other = paintTable({{id.left(30) + u"ZZZZZZ"_s}}, &ours, Qt::LeftToRight, false);
    QCOMPARE(elided, other); // the text past the ellipsis is not drawn
    const QImage empty = paintTable({{QString()}}, &ours, Qt::LeftToRight, false);
    QVERIFY(elided != empty);
    // The long texts of the comparison above are elided there: wider than the column's text
    // area (150 px less Fusion's margins, 3 px a side).
    const QFontMetrics metrics(QApplication::font());
    for (const QString &text : longTexts())
        QVERIFY2(metrics.horizontalAdvance(text) > 150 - 2 * 3, qPrintable(text));
}

void TestTextCellDelegate::unkernedAsciiHasNoLigatures()
{
    // DejaVu Sans joins f, f and i into one glyph; in an id each letter should stay readable.
    // Zero-width non-joiners keep Qt's layout from joining them, so it paints the letters apart.
    QFont unkerned;
    unkerned.setKerning(false);
    const QString joinable = u"ffi fl"_s;
    const QString apart = u"f\u200Cf\u200Ci f\u200Cl"_s;
    QStyledItemDelegate qtDelegate;
    TextCellDelegate ours;
    const QImage joined =
        paintTable({{joinable}}, &qtDelegate, Qt::LeftToRight, false, nullptr, unkerned);
    const QImage unjoined =
        paintTable({{apart}}, &qtDelegate, Qt::LeftToRight, false, nullptr, unkerned);
    QVERIFY2(joined != unjoined, "the font joins these letters");
    QCOMPARE(paintTable({{joinable}}, &ours, Qt::LeftToRight, false, nullptr, unkerned), unjoined);
}

void TestTextCellDelegate::fontsThatSubstituteInContextAreLaidOut()
{
    // A font that draws "->" as one arrow, as programming fonts do (tests/ui/data): its cells
    // must be laid out by Qt, not drawn character by character.
    const int id = QFontDatabase::addApplicationFont(QStringLiteral(DISCUE_ARROW_FONT));
    QVERIFY(id >= 0);
    QFont arrows(QFontDatabase::applicationFontFamilies(id).value(0), 14);
    arrows.setKerning(false);
    const QString text = u"a->b"_s;
    QTextLayout layout(text, arrows);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QCOMPARE(layout.glyphRuns().value(0).glyphIndexes().size(), text.size() - 1); // the arrow
    const QList<Cell> cells = {{text}, {u"x->y->z"_s, Qt::AlignRight | Qt::AlignVCenter}};
    QStyledItemDelegate qtDelegate;
    TextCellDelegate ours;
    const QImage expected = paintTable(cells, &qtDelegate, Qt::LeftToRight, false, nullptr, arrows);
    QVERIFY(!expected.isNull());
    QCOMPARE(paintTable(cells, &ours, Qt::LeftToRight, false, nullptr, arrows), expected);
    QFontDatabase::removeApplicationFont(id);
}

void TestTextCellDelegate::underTheConsolesStyleToo()
{
    // The console runs with ConsoleStyle over the platform's style (Fusion here).
    ConsoleStyle style(QStyleFactory::create(u"Fusion"_s));
    QStyledItemDelegate qtDelegate;
    TextCellDelegate ours;
    const QImage expected = paintTable(someCells(), &qtDelegate, Qt::LeftToRight, true, &style);
    QVERIFY(!expected.isNull());
    QCOMPARE(paintTable(someCells(), &ours, Qt::LeftToRight, true, &style), expected);
}

void TestTextCellDelegate::leavesItemsToAStyleThatPaintsThemItsOwnWay()
{
    OwnItemsStyle style;
    QStyledItemDelegate qtDelegate;
    TextCellDelegate ours;
    const QImage expected = paintTable(someCells(), &qtDelegate, Qt::LeftToRight, true, &style);
    QCOMPARE(expected.pixelColor(20, 10), QColor(Qt::red)); // the style's own painting
    QCOMPARE(paintTable(someCells(), &ours, Qt::LeftToRight, true, &style), expected);
}

QTEST_MAIN(TestTextCellDelegate)
#include "tst_textcelldelegate.moc"
