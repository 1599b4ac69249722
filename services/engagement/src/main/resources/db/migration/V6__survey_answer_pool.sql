-- A response waits here, with no person and no time, until at least 5 people have answered its
-- round; then the round's waiting responses are released to survey_answers together, shuffled, in
-- a transaction of their own, and deleted from here. While it waits, a row shares its transaction
-- (xmin) with the survey_respondents row of the person who sent it: so it waits no longer than it
-- must, and when the round closes with fewer than 5 waiting they are deleted unreleased.
create table survey_answer_pool (
    id        uuid    primary key,
    survey_id uuid    not null references surveys (id),
    round     integer not null,
    -- The response's answers as JSON: [{"questionId", "number", "choice", "text"}].
    answers   text    not null
);
create index survey_answer_pool_by_round on survey_answer_pool (survey_id, round);

-- How many people's answers each round has released: the count the results are shown for.
create table survey_releases (
    survey_id uuid    not null references surveys (id),
    round     integer not null,
    people    integer not null,
    primary key (survey_id, round)
);

-- Answers stored before the pool were written in their respondent's transaction, in arrival
-- order: copy them in a random order under new ids (one transaction, one xmin, shuffled places).
insert into survey_releases (survey_id, round, people)
    select survey_id, round, count(*) from survey_respondents group by survey_id, round;

create table survey_answers_shuffled as
    select gen_random_uuid() as id, survey_id, round, question_id, number, choice, text
    from survey_answers order by random();
drop table survey_answers;
alter table survey_answers_shuffled rename to survey_answers;
alter table survey_answers add primary key (id);
alter table survey_answers alter column survey_id set not null;
alter table survey_answers alter column round set not null;
alter table survey_answers alter column question_id set not null;
alter table survey_answers add foreign key (survey_id) references surveys (id);
alter table survey_answers add foreign key (question_id) references survey_questions (id);
create index survey_answers_by_round on survey_answers (survey_id, round, question_id);
