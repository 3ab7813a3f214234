// A user-visible message of the Qt-free engine that the GUI can translate.
//
// model/ and validation/ must not depend on Qt, yet their messages (load errors,
// rule findings, rule descriptions) appear in the translated editor. So a message
// keeps its English source text — a template with %1..%9 for arguments and %n for
// a count, as Qt's tr() uses — apart from its arguments. proserv-check prints the
// English rendering; the editor looks the source up in its translations
// (context "EngineText") and renders the translated template with the same
// arguments. lupdate finds the sources because EngineText::tr and ::noop are
// declared to it as tr() aliases (see resources/translations/CMakeLists.txt).
#pragma once

#include <functional>
#include <string>
#include <vector>

// Expands to nothing: it only tells lupdate which class is a translation context.
#define PROSERV_TRANSLATION_CONTEXT(name)

namespace proserv {

class MessageText {
public:
    MessageText() = default;
    // A message with a translatable source; count >= 0 selects plural forms (%n).
    MessageText(const char* source, long long count) : m_source(source), m_count(count) { }
    // Text that is data, not wording (a field value, a path, a system error).
    static MessageText verbatim(std::string text);

    MessageText& arg(std::string value);
    MessageText& arg(const char* value) { return arg(std::string(value)); }
    MessageText& arg(long long value) { return arg(std::to_string(value)); }
    MessageText& arg(unsigned long long value) { return arg(std::to_string(value)); }
    MessageText& arg(int value) { return arg(static_cast<long long>(value)); }
    MessageText& arg(unsigned value) { return arg(static_cast<unsigned long long>(value)); }
    MessageText& arg(long value) { return arg(static_cast<long long>(value)); }
    MessageText& arg(unsigned long value) { return arg(static_cast<unsigned long long>(value)); }
    MessageText& arg(MessageText nested);
    // A value from a file (a key, an enum value, a name): quoted as a short
    // prefix with the count of what is left out, never megabytes.
    MessageText& argValue(std::string value);

    const char* source() const { return m_source; }
    long long count() const { return m_count; }
    bool empty() const { return !m_source && m_verbatim.empty(); }

    // Returns the template to use for a source text: its translation, or the
    // source itself. Called for this message and every nested one.
    using Translate = std::function<std::string(const char* source, long long count)>;

    std::string toString() const; // English
    std::string render(const Translate& translate) const;

private:
    const char* m_source = nullptr; // a string literal; nullptr for verbatim text
    std::string m_verbatim;
    long long m_count = -1;
    std::vector<MessageText> m_args;
};

// At most `maxCharacters` UTF-8 characters of `text`, then "… (N more
// characters)": how a message quotes a value from a file.
inline constexpr std::size_t kMaxQuotedCharacters = 120;
inline constexpr std::size_t kMaxPointerCharacters = 200; // a JSON Pointer in a message line
inline constexpr std::size_t kMaxArgumentCharacters = 2000; // any argument, our own lists included
std::string shortQuote(std::string text, std::size_t maxCharacters = kMaxQuotedCharacters);

// Fills a %1..%9 / %n template in one pass, so an argument that itself contains
// "%1" (user text such as "100%1") is never substituted again.
std::string fillTemplate(const std::string& pattern, const std::vector<std::string>& args, long long count);

// The translation context of every engine message.
class EngineText {
    PROSERV_TRANSLATION_CONTEXT(EngineText)
public:
    static MessageText tr(const char* source, const char* /*disambiguation*/ = nullptr, long long n = -1)
    {
        return MessageText(source, n);
    }
    // Marks a source text kept in a table (rule descriptions); translate it later.
    static constexpr const char* noop(const char* source) { return source; }
};

} // namespace proserv
