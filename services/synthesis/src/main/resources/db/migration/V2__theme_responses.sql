-- "You said, we did": what leaders answered to a theme, shown to everyone whose feedback is in it.
create table theme_responses (
    id           uuid primary key,
    theme_id     uuid        not null references themes (id),
    mission_id   text        not null,
    text         text        not null,
    status       text        not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_PLANNED')),
    responder    text        not null,
    responded_at timestamptz not null
);
create index theme_responses_by_theme on theme_responses (theme_id, responded_at);
