package app.relais.bot.messenger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The Send API's bodies as small records (only the fields Relais uses; absent ones are not sent).
 * {@code POST /{version}/me/messages}: {@code {recipient:{id}, messaging_type, tag?, message}} or
 * {@code {recipient, sender_action}}; answered {@code {recipient_id, message_id}}, or
 * {@code {error:{message, type, code, error_subcode, fbtrace_id}}}.
 */
final class SendApi {

    private SendApi() {
    }

    /** {@code RESPONSE} answers a message, {@code UPDATE} is the bot's own news; both only within 24 hours. */
    static final String RESPONSE = "RESPONSE";
    static final String UPDATE = "UPDATE";
    static final String MESSAGE_TAG = "MESSAGE_TAG";
    static final String HUMAN_AGENT = "HUMAN_AGENT";

    record Recipient(String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuickReply(@JsonProperty("content_type") String contentType, String title, String payload) {
        static QuickReply text(String title, String payload) {
            return new QuickReply("text", title, payload);
        }

        /** Messenger's own button offering the person's email address (or phone number) from their profile. */
        static QuickReply userEmail() {
            return new QuickReply("user_email", null, null);
        }

        static QuickReply userPhoneNumber() {
            return new QuickReply("user_phone_number", null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attachment(String type, Map<String, Object> payload) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Message(String text, Attachment attachment, @JsonProperty("quick_replies") List<QuickReply> quickReplies) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(Recipient recipient, @JsonProperty("messaging_type") String messagingType, String tag,
                   Message message, @JsonProperty("sender_action") String senderAction) {

        static Request message(String psid, Delivery how, Message message) {
            return new Request(new Recipient(psid), how.messagingType(), how.tag(), message, null);
        }

        static Request typing(String psid) {
            return new Request(new Recipient(psid), null, null, null, "typing_on");
        }
    }

    record Response(@JsonProperty("recipient_id") String recipientId, @JsonProperty("message_id") String messageId) {
    }

    record Error(String message, String type, Integer code, @JsonProperty("error_subcode") Integer subcode,
                 @JsonProperty("fbtrace_id") String traceId) {
    }

    record ErrorBody(Error error) {
    }

    /** How a message may go out now: its {@code messaging_type} and, for an agent after 24 hours, its tag. */
    record Delivery(String messagingType, String tag) {
        static final Delivery RESPONSE = new Delivery(SendApi.RESPONSE, null);
        static final Delivery UPDATE = new Delivery(SendApi.UPDATE, null);
        static final Delivery HUMAN_AGENT = new Delivery(MESSAGE_TAG, SendApi.HUMAN_AGENT);
    }
}
