// TextEmphasis: the console's colours for what needs attention - caution (orange: the
// console's own key, a session without keychain, a 4xx answer), problem (red: an invalid
// profile, the warning before locking the console out, a 5xx answer, a failed bulk item),
// success (green: a profile that works, a 2xx answer) and muted (grey: a request that got no
// answer, a plain profile) - for text, set through the widget's palette, and for the chips
// and dots that mark a status.
//
// Not through style sheets: the first style sheet makes Qt build its style sheet machinery and
// restyle the widget with it, which cost about 1 ms of the console's first window.
#pragma once

#include <QColor>

class QWidget;

namespace discue {

enum class Emphasis
{
    Caution,
    Problem,
    Success,
    Muted
};

QColor emphasisColour(Emphasis emphasis);
// Sets the widget's text colours (WindowText, Text, ButtonText) in every colour group; the
// rest of its palette keeps following the application's.
void setTextEmphasis(QWidget *widget, Emphasis emphasis);

} // namespace discue
