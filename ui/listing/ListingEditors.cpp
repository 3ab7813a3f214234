#include "ui/listing/ListingEditors.h"
#include "model/FieldPointers.h"

#include "model/FileRead.h"
#include "model/LogoPath.h"
#include "qtsupport/Translation.h"
#include "ui/document/ListingDocument.h"
#include "ui/document/LocalLogo.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FullLengthEditing.h"
#include "ui/form/ListEditors.h"
#include "ui/form/UserPrompts.h"
#include "validation/ImageProbe.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proserv {

LogoPicker::LogoPicker(ListingDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_path = new QLineEdit;
    keepTextWhole(m_path);
    m_path->setPlaceholderText(tr("No local file: only the URL is checked"));
    auto* browse = new QPushButton(tr("Choose…"));
    browse->setAccessibleName(tr("Choose logo file"));
    browse->setObjectName(QStringLiteral("chooseLogo"));
    browse->setAutoDefault(false);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setFixedSize(96, 96);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setTextFormat(Qt::PlainText);
    m_info = new QLabel;
    m_info->setObjectName(QStringLiteral("logoInfo"));
    m_info->setTextFormat(Qt::PlainText); // it names the listing's logo path: data, never markup
    m_info->setWordWrap(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* right = new QVBoxLayout;
    right->addLayout(pathRow);
    right->addWidget(m_info);
    right->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(right, 1);
    setFocusProxy(m_path);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = UserPrompts::openFileName(
            this, tr("Choose the product logo"), tr("Images (*.png *.jpg *.jpeg *.gif);;All files (*)"));
        if (file.isEmpty())
            return;
        // Relative to the listing when inside its folder tree (model/LogoPath.h).
        const std::string stored = logoPathFor(file.toStdString(), {}, m_document->filePath().toStdString());
        m_document->setField(field::productLogoFile, stored, tr("Choose logo file"));
    });
    connect(document, &ListingDocument::fieldChanged, this, [this](const QString& pointer) {
        if (pointer.isEmpty() || pointer.startsWith(QLatin1String(field::productLogoFile))
            || pointer == QLatin1String(field::product))
            updatePreview();
    });
    updatePreview();
}

void LogoPicker::updatePreview()
{
    // The same capped, non-blocking read as the logo rule (ui/document/LocalLogo.h).
    const LocalLogo logo = readLocalLogo(*m_document, m_preview->size() - QSize(8, 8));
    m_preview->setToolTip(QString());
    if (!logo.present) {
        m_preview->setText(tr("No logo"));
        m_info->clear();
        return;
    }
    if (!logo.image.isNull()) {
        m_preview->setPixmap(QPixmap::fromImage(logo.image));
        m_info->setText(logo.facts);
        return;
    }
    if (logo.tooLargeToDecode) {
        m_preview->setText(tr("Not previewed"));
        m_preview->setToolTip(logo.problem);
        m_info->setText(logo.facts);
        return;
    }
    m_preview->setText(tr("?"));
    m_info->setText(logo.problem);
}

PolicyDocumentFollower::PolicyDocumentFollower(
    RecordTableEditor* table, QPlainTextEdit* editor, TextEditBinding* binding, ListingDocument* document)
    : QObject(editor), m_table(table), m_editor(editor), m_binding(binding), m_document(document)
{
    connect(table->table(), &QTableWidget::currentCellChanged, this, &PolicyDocumentFollower::follow);
    connect(document, &ListingDocument::fieldChanged, this, &PolicyDocumentFollower::follow);
    follow();
}

void PolicyDocumentFollower::follow()
{
    const int count = static_cast<int>(m_document->listing().architecture.iamPolicies.size());
    int row = m_table->table()->currentRow();
    if (row < 0 && count > 0)
        row = 0;
    m_editor->setEnabled(row >= 0 && row < count);
    const std::string pointer = row >= 0 && row < count
        ? std::string(field::architectureIamPolicies) + "/" + std::to_string(row) + "/document"
        : std::string(field::architectureIamPolicies) + "/-/document"; // names nothing: editor stays empty
    if (pointer != m_binding->pointer()) {
        m_binding->rebind(pointer);
        emit m_document->findingsChanged(); // show this policy's findings on the editor
    }
}

} // namespace proserv
