// Registers the `tqm exam` commands; each command's work is in its run function.
#include "exam_commands.h"

#include <memory>

#include "exam_command_options.h"

namespace tqm::cli {

namespace {

constexpr const char* kAnswerSyntax =
    "Answer syntax, per question type (options are lettered A, B, C ... as shown):\n"
    "  单选 single choice    one letter: B\n"
    "  多选 multiple choice  letters in any order: AC (lower case, commas, spaces and\n"
    "                        full-width letters are accepted too)\n"
    "  判断 true/false       T or F (also 对/错, √/×)\n"
    "  填空 fill-in          one text per blank, separated by |: PDCA|戴明\n"
    "  排序 ordering         every letter once, in the chosen order: CABD\n"
    "  连线 matching         prompt letter = answer number: A=2,B=1,C=3\n"
    "  简答 short answer     the text itself\n"
    "In texts, write \\\\ for \\, \\n for a new line, \\t for a tab and, inside blanks, \\| for "
    "|.\n"
    "An empty answer clears the question's answer.\n";

void addPersonOptions(CLI::App* command, ExamPersonOptions& options) {
    command->add_option("exam", options.exam, "The exam's id (see tqm exam list)")->required();
    command->add_option("--person", options.person, "The person's 工号 (employee number)")
        ->required();
}

void addCreate(CLI::App* exam, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<ExamCreateOptions>();
    CLI::App* create = exam->add_subcommand("create", "Make an exam from a blueprint (组卷规则)");
    create->fallthrough();
    create->add_option("--blueprint", options->blueprint, "The blueprint file")->required();
    create->add_option("--bank", options->bank,
                       "The bank file (default: the bank with the blueprint's bank id, beside "
                       "the blueprint or in the banks folder next to it)");
    create->add_option("--title", options->title, "The exam's title (default: the blueprint's)");
    create->add_option("--minutes", options->minutes, "The time limit in minutes")
        ->required()
        ->check(CLI::Range(1, 24 * 60));
    create->add_option("--pass", options->pass, "The pass mark in points, e.g. 60")
        ->required()
        ->check(CLI::Range(0.0, 100000.0));
    create->add_option("--attempts", options->attempts, "Attempts allowed per person (default 1)")
        ->check(CLI::Range(1, 1000));
    create->add_option("--combine", options->combine, "Which attempt counts: highest or last")
        ->check(CLI::IsMember({"highest", "last"}));
    create
        ->add_option("--show", options->show,
                     "When answers and explanations are shown: immediately, after-submit, "
                     "after-close or never")
        ->check(CLI::IsMember({"immediately", "after-submit", "after-close", "never"}));
    create
        ->add_option("--timer", options->timer,
                     "While the program is down (crash, power cut) the deadline keeps running "
                     "(deadline-runs) or time stops (paused-while-down)")
        ->check(CLI::IsMember({"deadline-runs", "paused-while-down"}));
    create->add_option("--seed", options->seed,
                       "The seed papers are drawn with (default: a fresh random one); recorded, "
                       "so any paper can be rebuilt");
    create->add_option("--closes", options->closes,
                       "When the exam closes, China Standard Time: \"2026-11-30 17:00\"; no "
                       "attempt starts from then on, and --show after-close shows the answers");
    create->footer(
        "Checks the blueprint and its bank and assembles a trial paper, so a blueprint the\n"
        "bank cannot satisfy is refused now, with the rule named and the count available.\n"
        "Prints the new exam's id on standard output.\n"
        "Example: tqm exam create --blueprint question-bank/blueprints/tqm-demo-exam.xml \\\n"
        "           --title 全面质量管理知识考试 --minutes 60 --pass 60");
    create->callback(
        [options, &databasePath, &exitCode] { exitCode = runExamCreate(*options, databasePath); });
}

void addTake(CLI::App* exam, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<ExamTakeOptions>();
    CLI::App* take = exam->add_subcommand(
        "take", "Sit an exam: in the terminal, or scripted from a file of answers");
    take->fallthrough();
    addPersonOptions(take, *options);
    take->add_option("--answers", options->answers,
                     "A file of answers, one \"SEQ ANSWER\" line per question (SEQ is the "
                     "question's number on the paper); without it the exam runs in the terminal");
    take->add_flag("--submit", options->submit, "Submit once every line of the file is saved");
    take->footer(
        std::string(
            "Resumes the person's open attempt, or starts one with a new paper. Every answer is\n"
            "saved in its own committed transaction before it is acknowledged (\"saved SEQ: "
            "ANSWER\"\non standard output), exactly as in the client. When the time has run "
            "out the\nattempt is submitted automatically. A line may repeat a question to change "
            "its\nanswer; blank lines and lines starting with # are skipped.\n\n") +
        kAnswerSyntax +
        "\nIn the terminal: type an answer and press Enter; :n next, :p previous, :g N go to\n"
        "question N, :f flag or unflag, :c clear the answer, :l list, :s submit, :q leave\n"
        "(answers stay saved; take the exam again to go on), :h help.\n"
        "Example: tqm exam take 1 --person E001 --answers answers.txt --submit");
    take->callback(
        [options, &databasePath, &exitCode] { exitCode = runExamTake(*options, databasePath); });
}

void addSubmit(CLI::App* exam, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<ExamPersonOptions>();
    CLI::App* submit = exam->add_subcommand("submit", "Submit a person's open attempt");
    submit->fallthrough();
    addPersonOptions(submit, *options);
    submit->footer(
        "Prints the score, the maximum and the verdict (pass, fail, or pending while\n"
        "essays wait for marks).\nExample: tqm exam submit 1 --person E001");
    submit->callback(
        [options, &databasePath, &exitCode] { exitCode = runExamSubmit(*options, databasePath); });
}

void addReview(CLI::App* exam, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<ExamReviewOptions>();
    CLI::App* review = exam->add_subcommand(
        "review", "Show a person's answers with the correct answers and explanations");
    review->fallthrough();
    addPersonOptions(review, *options);
    review->add_option("--attempt", options->attempt,
                       "The attempt's id (default: the person's latest attempt)");
    review->footer(
        "Only when the exam allows it (--show of tqm exam create): immediately, after the\n"
        "attempt is submitted, after the exam closes, or never.\n"
        "Example: tqm exam review 1 --person E001");
    review->callback(
        [options, &databasePath, &exitCode] { exitCode = runExamReview(*options, databasePath); });
}

void addMark(CLI::App* exam, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<ExamMarkOptions>();
    CLI::App* mark = exam->add_subcommand("mark", "Mark a short-answer (简答) question");
    mark->fallthrough();
    addPersonOptions(mark, *options);
    mark->add_option("--question", options->question, "The question's number on the paper")
        ->required();
    mark->add_option("--points", options->points, "The points given, 0 to the question's points")
        ->required();
    mark->add_option("--marker", options->marker, "Who marks (recorded)")->required();
    mark->add_option("--attempt", options->attempt,
                     "The attempt's id (default: the person's latest submitted attempt)");
    mark->footer("Example: tqm exam mark 1 --person E001 --question 30 --points 8 --marker 李老师");
    mark->callback(
        [options, &databasePath, &exitCode] { exitCode = runExamMark(*options, databasePath); });
}

void addExtraTime(CLI::App* exam, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<ExamExtraTimeOptions>();
    CLI::App* extra = exam->add_subcommand("extra-time", "Give one person more time");
    extra->fallthrough();
    addPersonOptions(extra, *options);
    extra->add_option("--minutes", options->minutes, "Minutes added")
        ->required()
        ->check(CLI::Range(1, 24 * 60));
    extra->add_option("--by", options->by, "Who grants it (recorded)")->required();
    extra->add_option("--reason", options->reason, "Why (recorded)");
    extra->footer(
        "Every grant is kept; a running attempt's deadline moves at once.\n"
        "Example: tqm exam extra-time 1 --person E001 --minutes 10 --by 王主任 "
        "--reason 停电");
    extra->callback([options, &databasePath, &exitCode] {
        exitCode = runExamExtraTime(*options, databasePath);
    });
}

void addResults(CLI::App* exam, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<ExamResultsOptions>();
    CLI::App* results = exam->add_subcommand("results", "Export an exam's results");
    results->fallthrough();
    results->add_option("exam", options->exam, "The exam's id")->required();
    results->add_option("--format", options->format, "csv, xlsx or json (default csv)")
        ->check(CLI::IsMember({"csv", "xlsx", "json"}));
    results->add_option("-o,--output", options->output,
                        "The file to write (default: standard output; required for xlsx)");
    results->add_flag("--answers", options->answers,
                      "CSV: one row per answer instead of one row per person");
    results->footer(
        "One row per person: 工号, 姓名, 单位, 得分, 满分, 是否通过, 用时, 提交时间 (the\n"
        "attempt that counts under the exam's rule). One row per answer: 工号, 姓名, 题号,\n"
        "题目编号, 题型, 作答, 得分, 满分, 判定. CSV is UTF-8 with a byte-order mark so that\n"
        "Excel shows Chinese; XLSX has both tables (sheets 成绩 and 答题明细); JSON has both.\n"
        "Times are China Standard Time (+08:00).\n"
        "Example: tqm exam results 1 --format xlsx -o 成绩.xlsx");
    results->callback(
        [options, &databasePath, &exitCode] { exitCode = runExamResults(*options, databasePath); });
}

void addAnalyze(CLI::App* exam, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<ExamAnalyzeOptions>();
    CLI::App* analyze = exam->add_subcommand("analyze", "Item analysis of an exam's questions");
    analyze->fallthrough();
    analyze->add_option("exam", options->exam, "The exam's id")->required();
    analyze->add_flag("--json", options->json, "Print a JSON document instead");
    analyze->footer(
        "Per question: facility (share of people right), discrimination (upper minus lower\n"
        "27 % group), point-biserial correlation, how often each option was chosen, and\n"
        "flags: too-hard (facility under 0.1), too-easy (over 0.95), negative-discrimination.\n"
        "Example: tqm exam analyze 1");
    analyze->callback(
        [options, &databasePath, &exitCode] { exitCode = runExamAnalyze(*options, databasePath); });
}

}  // namespace

void addExamCommands(CLI::App& app, const std::string& databasePath, int& exitCode) {
    CLI::App* exam = app.add_subcommand(
        "exam", "Exams: make them from blueprints, sit them, mark, export and analyse results");
    exam->require_subcommand(1);
    exam->fallthrough();
    addCreate(exam, databasePath, exitCode);
    CLI::App* list = exam->add_subcommand("list", "List the exams in the database");
    list->fallthrough();
    list->callback([&databasePath, &exitCode] { exitCode = runExamList(databasePath); });
    addTake(exam, databasePath, exitCode);
    addSubmit(exam, databasePath, exitCode);
    addReview(exam, databasePath, exitCode);
    addMark(exam, databasePath, exitCode);
    addExtraTime(exam, databasePath, exitCode);
    addResults(exam, databasePath, exitCode);
    addAnalyze(exam, databasePath, exitCode);
}

}  // namespace tqm::cli
