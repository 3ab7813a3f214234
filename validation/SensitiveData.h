// Detectors for payment data and credentials in free text. Each returns the
// byte range of what it found so the editor can highlight it; messages built
// from them mask the value.
#pragma once

#include "validation/Finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace proserv {

struct Detection {
    TextRange range;
    std::string masked; // the value, safe to show: most digits/characters hidden
};

bool passesLuhn(std::string_view digits);
bool passesIbanMod97(std::string_view iban);       // without spaces, upper case
bool passesAbaChecksum(std::string_view digits);   // 9 digits

// 13–19 digits (spaces or dashes allowed between groups), a known card brand
// prefix and a valid Luhn check. 12-digit AWS account IDs never match.
std::vector<Detection> findCardNumbers(std::string_view text);
// Country code, check digits and 11–30 more characters, mod-97 valid.
std::vector<Detection> findIbans(std::string_view text);
// Standalone 9-digit numbers with a Federal Reserve prefix and valid checksum.
std::vector<Detection> findRoutingNumbers(std::string_view text);
// AKIA/ASIA/ABIA/ACCA + 16 base-32 characters, except documented …EXAMPLE keys.
std::vector<Detection> findAwsAccessKeyIds(std::string_view text);
// 40-character base-64 strings near "secret"/"aws"/"key", except …EXAMPLEKEY.
std::vector<Detection> findAwsSecretKeys(std::string_view text);

} // namespace proserv
