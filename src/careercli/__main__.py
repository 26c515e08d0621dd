"""`python -m careercli`: the same as the `careers` command."""

from careercli.cli import main

if __name__ == "__main__":
    main()
