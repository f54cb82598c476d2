package ocop.assessment.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vietnamese labels of other modules' enums (nhãn tiếng Việt) for documents, from the application's messages. */
@Component
class LabelSource {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    LabelSource(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of a message key, or null when the key is null or unknown. */
    String label(String key) {
        return key == null ? null : messages.getMessage(key, null, null, VI);
    }
}
