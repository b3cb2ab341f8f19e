#pragma once
// QCustomPlot's header uses Qt's lower-case keywords, which the project turns off (QT_NO_KEYWORDS, so
// that Boost-style names never clash); they are defined for that one header only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
