// libFuzzer target: the input is a binlog file image (magic, then events), decoded and printed as
// `dts binlog decode` does. CRC32s are fixed up first so that mutations get past the checksum check.
#include "FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray image(reinterpret_cast<const char *>(data), qsizetype(size));
    dts::fuzz::fixChecksums(image);
    dts::fuzz::decodeImage(image);
    return 0;
}
