/**
 * Documents (Văn bản): the outgoing administrative documents of a ward People's Committee — plans (KH), reports
 * (BC), proposals (TTr), official letters (công văn), minutes (BB), invitations (GM), notices (TB) — laid out by
 * Nghị định 30/2020/NĐ-CP, rendered as DOCX and PDF, and numbered in the yearly register of outgoing documents
 * (sổ đăng ký văn bản đi). A draft not yet issued may be discarded (hủy dự thảo) with a reason. Publishes
 * {@link ocop.documents.DocumentsApi}, the content records other modules fill, and the events
 * {@link ocop.documents.DocumentIssued} and {@link ocop.documents.DocumentDiscarded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents (Văn bản)",
        allowedDependencies = {"system", "access"})
package ocop.documents;
