from filmtalk.launch import main

main()
