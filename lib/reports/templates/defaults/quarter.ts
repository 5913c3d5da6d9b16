import type { SectionTemplate } from "../types";
import { periodicSections } from "./periodic";

// The quarter's report as seed 003 (quý I/2019) writes it.

export const quarterSections: SectionTemplate[] = periodicSections({
  within: "Trong quý",
  portal: [
    "[Tiếp nhận và đưa {web.portal_posts_vi} tin, bài][; biên dịch {web.portal_posts_en} tin, bài từ tiếng Việt sang tiếng Anh][; biên dịch {web.portal_posts_km} tin, bài từ tiếng Việt sang tiếng Khmer][; thu và phát {web.audio_bulletins} bản tin audio][, tiếp nhận {web.citizen_questions|pad2} câu hỏi].",
    "[Đăng tải {web.draft_docs_for_comment} dự thảo văn bản lấy ý kiến nhân dân][; đăng tải {web.law_docs_posted} văn bản phổ biến pháp luật lên Cổng thông tin điện tử].",
  ],
});
