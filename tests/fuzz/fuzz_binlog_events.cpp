// libFuzzer target, structure-aware: the input is a flavour byte and a list of (type, length, body)
// events (FuzzCommon.h); the target frames them behind a valid FORMAT_DESCRIPTION, so mutations reach
// TABLE_MAP metadata, row images, JSON and payloads at once. Decoded and printed as `dts binlog decode`.
#include "FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dts::fuzz::decodeImage(dts::fuzz::structuredImage(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
