-- The business FAQ admins edit, in its order. Variants are one per line.
create table faq_entries (
    id           varchar(40)  primary key,
    ordinal      integer      not null,
    short_code   varchar(16)  not null,
    active       varchar(16)  not null,
    question_fr  text         not null,
    question_en  text         not null,
    examples_fr  text         not null,
    examples_en  text         not null,
    answer_fr    text         not null,
    answer_en    text         not null,
    updated_by   varchar(100),
    updated_at   timestamp with time zone
);
-- Present once the FAQ has been saved the first time: an FAQ emptied by the admins stays empty.
create table faq_seeded (
    id integer primary key
);
