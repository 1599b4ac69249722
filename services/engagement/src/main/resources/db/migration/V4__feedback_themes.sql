-- Which theme each feedback joined, and what leaders answered to the themes: from synthesis events.
alter table feedback add column theme_id text;
alter table feedback add column theme_label text;
create index feedback_by_theme on feedback (theme_id);

create table theme_responses (
    response_id  text primary key,
    theme_id     text        not null,
    text         text        not null,
    status       text        not null,
    responder    text        not null,
    responded_at timestamptz not null
);
create index theme_responses_by_theme on theme_responses (theme_id, responded_at);
