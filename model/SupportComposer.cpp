#include "model/SupportComposer.h"

#include <vector>

namespace proserv {

namespace {

std::string trimmed(const std::string& text)
{
    const std::size_t begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

// "a", "a or b", "a, b or c"
std::string joinAlternatives(const std::vector<std::string>& parts)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += i + 1 == parts.size() ? " or " : ", ";
        out += parts[i];
    }
    return out;
}

} // namespace

std::string composeSupportDescription(const SupportInfo& support)
{
    std::vector<std::string> paragraphs;
    std::vector<std::string> contacts;
    if (const std::string email = trimmed(support.contacts.email); !email.empty())
        contacts.push_back("by email at " + email);
    if (const std::string phone = trimmed(support.contacts.phone); !phone.empty())
        contacts.push_back("by phone at " + phone);
    if (const std::string url = trimmed(support.contacts.url); !url.empty())
        contacts.push_back("at " + url);
    if (!contacts.empty())
        paragraphs.push_back("Contact our support team " + joinAlternatives(contacts) + ".");
    if (const std::string level = trimmed(support.levelOfSupport); !level.empty())
        paragraphs.push_back("Level of support: " + level);
    if (const std::string pre = trimmed(support.prePurchaseSupport); !pre.empty())
        paragraphs.push_back("Before you subscribe: " + pre);
    if (const std::string post = trimmed(support.postPurchaseSupport); !post.empty())
        paragraphs.push_back("After you subscribe: " + post);
    std::string text;
    for (const std::string& p : paragraphs)
        text += (text.empty() ? "" : "\n\n") + p;
    return text;
}

} // namespace proserv
