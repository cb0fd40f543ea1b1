-- Superseded by telegram_inbox (V5), which keeps each update until it is handled.
drop table telegram_updates;
