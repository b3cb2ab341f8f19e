#include "Icons.h"

// dts_ui is a static library: its resources are registered by hand, or the linker drops them.
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace dts::ui {

QIcon icon(const QString &name)
{
    static const bool registered = (initResources(), true);
    Q_UNUSED(registered);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

}  // namespace dts::ui
