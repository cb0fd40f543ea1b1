-- Telegram updates as they arrive, before they are handled. The long-polling library confirms an
-- update to Telegram before our code has run, and a webhook is answered before the update is
-- handled: a row is written first, so a crash in between loses nothing, and the primary key makes
-- each update_id count once whatever instance receives it. Rows handled more than a day ago are
-- purged (Telegram itself forgets updates after 24 hours).
create table telegram_inbox (
    update_id   bigint primary key,
    chat_id     bigint,
    payload     text         not null,
    received_at timestamp with time zone not null,
    claimed_by  varchar(64)  not null,
    claimed_at  timestamp with time zone not null,
    handled_at  timestamp with time zone
);
-- Serves both the purge (old handled rows) and the recovery scan (handled_at is null).
create index telegram_inbox_handled_at on telegram_inbox (handled_at);
