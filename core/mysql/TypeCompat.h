#pragma once
// Whether a destination column can hold every value of a source column unchanged. Used when the
// destination table exists already (conflictMode "ignore", or schema sync off): rows are copied byte for
// byte, so a narrower column, another character set or another type would lose data silently.
#include "mysql/Catalog.h"

namespace dts {

// Empty when the destination column takes every source value; otherwise why not, for the user.
QString typeIncompatibility(const ColumnInfo &source, const ColumnInfo &destination);

}  // namespace dts
