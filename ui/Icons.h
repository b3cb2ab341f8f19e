#pragma once
// The studio's SVG icons (resources/icons, compiled in through resources/resources.qrc): drawn sharp at
// any device pixel ratio by Qt's SVG icon engine.
#include <QIcon>

namespace dts::ui {

QIcon icon(const QString &name);  // e.g. "passed": :/icons/passed.svg

}  // namespace dts::ui
