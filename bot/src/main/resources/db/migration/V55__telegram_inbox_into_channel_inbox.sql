-- Telegram's updates join the inbox the channels share (channel_inbox, V53): the event's id is the
-- update_id, its conversation the chat, its position the update_id again. Rows waiting to be
-- handled keep their claim, so the take-over after the upgrade finds them as before; the table of
-- Telegram's own goes.
insert into channel_inbox (channel, event_id, conversation, position, payload, received_at, claimed_by, claimed_at,
                           handled_at)
select 'telegram', cast(update_id as varchar(128)), cast(chat_id as varchar(64)), update_id, payload, received_at,
       claimed_by, claimed_at, handled_at
from telegram_inbox;

drop table telegram_inbox;
