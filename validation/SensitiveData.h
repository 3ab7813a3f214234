// Detectors for payment data and credentials in free text. Each returns the
// byte range of what it found so the editor can highlight it; messages built
// from them mask the value.
#pragma once

#include "validation/Finding.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace proserv {

struct Detection {
    TextRange range;
    std::string masked; // the value, safe to show: most digits/characters hidden
    bool wellKnownTest = false; // a card number published for testing
};

bool passesLuhn(std::string_view digits);
bool passesIbanMod97(std::string_view iban); // without spaces, upper case
bool passesAbaChecksum(std::string_view digits); // 9 digits

// 13–19 digits (spaces, dashes or a line break allowed between groups), a known card brand
// prefix and a valid Luhn check. 12-digit AWS account IDs never match.
std::vector<Detection> findCardNumbers(std::string_view text);
// One of the card numbers payment providers publish for testing ("4111 1111 1111 1111").
bool isWellKnownTestCardNumber(std::string_view digits);
// Country code, check digits and the rest of that country's IBAN length,
// mod-97 valid; compact or in groups of four, upper or lower case.
std::vector<Detection> findIbans(std::string_view text);
// Standalone 9-digit numbers with a Federal Reserve prefix and valid checksum.
// Many other numbers pass that test: callers require banking words nearby.
std::vector<Detection> findRoutingNumbers(std::string_view text);
// AKIA/ASIA/ABIA/ACCA + 16 base-32 characters, except documented …EXAMPLE keys.
std::vector<Detection> findAwsAccessKeyIds(std::string_view text);
// 40-character base-64 strings after "secret" or "key", outside URLs and
// paths, except …EXAMPLEKEY.
std::vector<Detection> findAwsSecretKeys(std::string_view text);

// The detectors above over one text, which they read as the scanner does
// (full-width digits and letters folded, invisible characters skipped):
// that reading is made once here for all five, not once by each.
class SensitiveScan {
public:
    explicit SensitiveScan(std::string_view text);
    ~SensitiveScan();
    SensitiveScan(const SensitiveScan&) = delete;
    SensitiveScan& operator=(const SensitiveScan&) = delete;

    std::vector<Detection> cardNumbers() const;
    std::vector<Detection> ibans() const;
    std::vector<Detection> routingNumbers() const;
    std::vector<Detection> awsAccessKeyIds() const;
    std::vector<Detection> awsSecretKeys() const;

private:
    struct Reading;
    std::vector<Detection> run(std::vector<Detection> (*detect)(std::string_view)) const;
    std::string_view m_text;
    std::unique_ptr<Reading> m_reading; // null when the text reads as it is written
};

// False when no detector above can find anything in `text`: every one of
// them needs a digit (ASCII or full-width, which is non-ASCII) or an AWS key
// prefix. One pass over the text, so that the many short fields without
// numbers skip the five scans.
bool mayHoldSensitiveData(std::string_view text);

// `text` with every card number, IBAN and AWS key in it replaced by its
// masked form, as the findings show them: for echoing listing text anywhere
// else (diff, review report, load errors).
std::string maskSecretsIn(std::string_view text);

} // namespace proserv
