// What the form contains: the sections of a listing and their fields, in the
// order of the native document. The only file that knows labels and help texts.
#pragma once

#include <memory>
#include <vector>

namespace proserv {

class FormPage;
class ListingDocument;
class ListingForm;

class ListingSections {
public:
    static void build(ListingForm& form, ListingDocument* document, std::vector<std::unique_ptr<FormPage>>& pages);
};

} // namespace proserv
