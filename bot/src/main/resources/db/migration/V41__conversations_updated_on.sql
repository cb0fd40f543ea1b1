-- The retention job finds idle conversations through the day they were last saved, no longer
-- through the instant. An index on updated_at changed with every saved transition: on H2 two more
-- B-tree writes (and their undo entries) in every commit, on PostgreSQL no HOT update ever. The
-- day changes at most once a day per conversation, so most saves leave this index untouched.
alter table conversations add column updated_on date;
update conversations set updated_on = cast(updated_at at time zone 'UTC' as date);
alter table conversations alter column updated_on set not null;
drop index conversations_updated_at;
create index conversations_updated_on on conversations (updated_on);
