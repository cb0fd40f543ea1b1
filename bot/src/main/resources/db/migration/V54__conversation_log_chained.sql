-- The conversation log without an index by conversation (#18's cost, measured in
-- docs/performance.md): an index on (conversation_key, id) made every turn rewrite one random page
-- of an index as large as the whole log, which doubled the reply p99 at 1,000 msg/s on H2.
--
-- Now the rows are keyed by (id, conversation_key): ids are times, so a commit appends to the
-- last pages. A conversation's turns are found through a chain instead: the conversation's row
-- (rewritten by every turn anyway) holds its latest turn's id in log_head, and each turn's row the
-- id of the turn before it in previous. The few rows written outside a turn (odd ids: an agent's
-- message, a reminder) are listed in conversation_log_listed, as are rows whose conversation has
-- no row any more. The application knows the head a turn follows from the snapshot the turn
-- started from, so a turn's row is inserted with a plain value (a subquery reading the head in the
-- insert cost as much as the index it replaces).
create table conversation_log_chained (
    id               bigint       not null,
    conversation_key varchar(300) not null,
    previous         bigint,
    at               timestamp with time zone not null,
    author           varchar(8)   not null,
    name             varchar(100),
    language         varchar(8),
    person           text,
    replies          text         not null,
    reply_count      integer      not null,
    primary key (id, conversation_key)
);

insert into conversation_log_chained (id, conversation_key, previous, at, author, name, language, person, replies,
                                      reply_count)
select l.id, l.conversation_key,
       case when mod(l.id, 2) = 0 then
           (select max(p.id) from conversation_log p
             where p.conversation_key = l.conversation_key and p.id < l.id and mod(p.id, 2) = 0)
       end,
       l.at, l.author, l.name, l.language, l.person, l.replies, l.reply_count
  from conversation_log l;

create table conversation_log_listed (
    conversation_key varchar(300) not null,
    id               bigint       not null,
    primary key (conversation_key, id)
);

insert into conversation_log_listed (conversation_key, id)
select l.conversation_key, l.id from conversation_log l
 where mod(l.id, 2) = 1
    or not exists (select 1 from conversations c where c.conversation_key = l.conversation_key);

alter table conversations add column log_head bigint;

update conversations c
   set log_head = (select max(l.id) from conversation_log l
                    where l.conversation_key = c.conversation_key and mod(l.id, 2) = 0);

drop table conversation_log;
alter table conversation_log_chained rename to conversation_log;

-- What is owed is a small table (a row lives from a turn's commit until its replies are accepted,
-- milliseconds), so the periodic scan for stale rows reads it whole; an index on committed_at
-- only cost every turn two more B-tree writes (at the insert and at the delete).
drop index conversation_owed_committed;
